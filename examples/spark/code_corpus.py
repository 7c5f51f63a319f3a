#!/usr/bin/env python3
"""Code a JSON Lines corpus with Entente under Spark and write the events as Parquet.

Each Spark partition of the corpus is piped through `entente code --format jsonl`
(`RDD.pipe`): the binary reads articles on stdin and writes one event record per line,
so Spark needs nothing from Entente but the executable on every worker. The events are
written as Parquet partitioned Hive-style by year=YYYY/month=MM of the event date, the
layout `entente export --format parquet` uses.

    python3 examples/spark/code_corpus.py CORPUS.jsonl OUT_DIR \
        [--entente PATH] [--models DIR] [--cores N] [--partitions N]

The binary is `--entente`, else $ENTENTE_BIN, else `entente` on the PATH. Models are
`--models`, else $ENTENTE_MODELS, else the binary's shipped ones. Articles that cannot be
read are reported on the executors' stderr and skipped (exit code 1 of a partition's
`entente` is not fatal); anything else that makes `entente` fail fails the job.
"""

import argparse
import json
import os
import shutil
import sys
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="JSONL articles (a file, directory or glob Spark can read)")
    ap.add_argument("out", help="output directory for the Parquet dataset (replaced)")
    ap.add_argument("--entente", default=os.environ.get("ENTENTE_BIN", "entente"))
    ap.add_argument("--models", default=os.environ.get("ENTENTE_MODELS"))
    ap.add_argument("--cores", type=int, default=os.cpu_count() or 1,
                    help="local[N] cores (ignored when --master is given)")
    ap.add_argument("--master", default=None, help="Spark master URL (default local[cores])")
    ap.add_argument("--partitions", type=int, default=None,
                    help="input partitions (default: 2 per core)")
    args = ap.parse_args()

    entente = shutil.which(args.entente) or args.entente
    if not os.access(entente, os.X_OK):
        sys.exit(f"code_corpus: entente binary not found: {args.entente}")

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    master = args.master or f"local[{args.cores}]"
    spark = (SparkSession.builder.master(master).appName("entente-code")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.session.timeZone", "UTC")
             .getOrCreate())
    spark.sparkContext.setLogLevel("WARN")
    sc = spark.sparkContext

    env = {"RUST_LOG": "warn"}
    if args.models:
        env["ENTENTE_MODELS"] = os.path.abspath(args.models)

    t0 = time.time()
    parts = args.partitions or 2 * sc.defaultParallelism
    articles = sc.textFile(args.corpus, minPartitions=parts).filter(lambda l: l.strip())
    # `entente code` is a streaming filter: JSONL articles in, JSONL events out.
    events = articles.pipe(f"{entente} code --format jsonl", env=env, checkCode=False)
    events = events.filter(lambda l: l.startswith("{")).cache()
    n_articles = articles.count()
    n_events = events.count()

    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    if n_events:
        df = spark.read.json(events)
        if "date" in df.columns:
            d = F.to_date(F.col("date"))
            df = (df.withColumn("year", F.date_format(d, "yyyy"))
                    .withColumn("month", F.date_format(d, "MM")))
            df.write.partitionBy("year", "month").parquet(args.out)
        else:
            df.write.parquet(args.out)
    else:
        os.makedirs(args.out)
    secs = time.time() - t0
    spark.stop()
    print(json.dumps({
        "articles": n_articles, "events": n_events, "seconds": round(secs, 2),
        "articles_per_s": round(n_articles / secs, 1), "events_per_s": round(n_events / secs, 1),
        "master": master, "partitions": parts, "out": args.out,
    }))


if __name__ == "__main__":
    main()
