"""Executors run the per-document work of a batch: in this process, in worker processes, or
on a Dask cluster. Each worker builds the pipeline once and writes each record itself; the
batch only learns what happened to each file (:class:`~ingest.executors.base.FileResult`).
"""
