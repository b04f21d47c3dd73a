"""`knews archive`: the local pool and a Dask LocalCluster write the same Parquet; restarts resume
without duplicates; re-runs with other options replace; the manifest counts what was read.

Without the analysis (Kiwi would cost each worker process ~1.5 s and 500 MB); the analysed path is
the same code with one flag, tested on its own in test_archive.py.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("warcio")
pytest.importorskip("pyarrow")

import pyarrow.dataset as ds
from test_archive import ARTICLE_PAGES, make_warc

from parsers.warc import Filters
from scraper.archive import JOURNAL, MANIFEST, Options, archive
from scraper.cli import main
from scraper.engines import dask_runner, local_runner

FAST = Options(analyze=False, batch_rows=7)  # small batches: several parts per unit
SPLIT = 20_000  # several byte ranges per file


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("warcs")
    return [make_warc(folder / "a.warc.gz", repeat=2), make_warc(folder / "b.warc.gz", damaged=False)]


def serial(fn: Any, calls: list[tuple[Any, ...]]) -> Iterator[Any]:
    for args in calls:
        yield fn(*args)


def rows(out: Path) -> list[dict[str, Any]]:
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    return sorted(table.to_pylist(), key=lambda r: (r["warc_file"], r["warc_offset"]))


def keys(out: Path) -> list[tuple[str, int]]:
    return [(r["warc_file"], r["warc_offset"]) for r in rows(out)]


def test_local_and_dask_write_the_same_parquet(warcs: list[Path], tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    expected = 3 * len(ARTICLE_PAGES) + 1
    outputs = {}
    for name, runner in (("local", local_runner(2)), ("dask", dask_runner(None, 2))):
        summary = archive([str(p) for p in warcs], tmp_path / name, runner, options=FAST, split_bytes=SPLIT)
        assert summary.units > len(warcs) and summary.counts["articles"] == expected
        assert len(summary.peak_rss_mib) == 2  # both worker processes did work
        outputs[name] = rows(tmp_path / name)
    assert len(outputs["local"]) == expected
    assert outputs["local"] == outputs["dask"]
    parts = sorted(p.relative_to(tmp_path / "local") for p in (tmp_path / "local").rglob("*.parquet"))
    assert parts == sorted(p.relative_to(tmp_path / "dask") for p in (tmp_path / "dask").rglob("*.parquet"))


def test_partitions_by_publish_date_in_seoul(warcs: list[Path], tmp_path: Path) -> None:
    archive([str(warcs[1])], tmp_path, serial, options=FAST)
    for row in rows(tmp_path):
        assert str(row["published"].tzinfo) == "Asia/Seoul"
        assert row["published"].date().isoformat() == row["published_date"]
    assert (tmp_path / "published_date=2021-08-04").is_dir()  # naver-old, the EUC-KR page


def test_restart_after_an_interruption_has_no_duplicates(warcs: list[Path], tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    archive([str(p) for p in warcs], clean, serial, options=FAST, split_bytes=SPLIT)

    def crashes_after_two(fn: Any, calls: list[tuple[Any, ...]]) -> Iterator[Any]:
        results = [fn(*args) for args in calls[:4]]  # four units wrote their parts...
        yield from results[:2]  # ...but only two reached the journal
        raise KeyboardInterrupt

    out = tmp_path / "interrupted"
    with pytest.raises(KeyboardInterrupt):
        archive([str(p) for p in warcs], out, crashes_after_two, options=FAST, split_bytes=SPLIT)
    assert len((out / JOURNAL).read_text().splitlines()) == 2
    summary = archive([str(p) for p in warcs], out, serial, options=FAST, split_bytes=SPLIT)
    assert summary.resumed_units == 2
    assert keys(out) == keys(clean) and len(set(keys(out))) == len(keys(out))
    again = archive([str(p) for p in warcs], out, serial, options=FAST, split_bytes=SPLIT)
    assert again.units == 0 and keys(out) == keys(clean)


def test_rerun_with_other_options_replaces_the_output(warcs: list[Path], tmp_path: Path) -> None:
    narrow = Options(analyze=False, filters=Filters(url_pattern="yna"))
    archive([str(warcs[1])], tmp_path, serial, options=narrow)
    assert len(rows(tmp_path)) == 1
    archive([str(warcs[1])], tmp_path, serial, options=FAST, split_bytes=SPLIT)
    assert len(keys(tmp_path)) == len(set(keys(tmp_path))) == len(ARTICLE_PAGES)
    archive([str(warcs[1])], tmp_path, serial, options=narrow, redo=True)
    assert len(rows(tmp_path)) == 1


def test_cli_writes_parquet_and_manifest(
    warcs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "out"
    argv = ["archive", *map(str, warcs), "--out", str(out), "--no-analyze", "--workers", "1", "-q"]
    assert main(argv) == 0
    assert "articles" in capsys.readouterr().out
    manifest = json.loads((out / MANIFEST).read_text())
    first = next(f for f in manifest["files"] if f["file"].endswith("a.warc.gz"))
    assert first["complete"] and first["articles"] == 2 * len(ARTICLE_PAGES) + 1
    assert first["skipped"] == {
        "corrupt": 1, "not_article": 2, "not_html": 2, "not_response": 1, "status": 2, "truncated": 1,
    }  # fmt: skip
    assert main(["archive", str(tmp_path / "missing.warc.gz"), "--out", str(out)]) == 1


def test_pandas_reads_the_output_in_one_line(warcs: list[Path], tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    archive([str(warcs[1])], tmp_path, serial, options=FAST)
    frame = pd.read_parquet(tmp_path)
    assert len(frame) == len(ARTICLE_PAGES)
    assert str(frame["published"].dtype) == "datetime64[us, Asia/Seoul]"


def test_sigkill_mid_run_then_the_same_command_finishes_without_duplicates(tmp_path: Path) -> None:
    warcs = [make_warc(tmp_path / f"w{i}.warc.gz", damaged=False) for i in range(5)]
    out = tmp_path / "out"
    command = [sys.executable, "-m", "scraper", "archive", *map(str, warcs), "--out", str(out)]
    command += ["--no-analyze", "--workers", "1", "-q"]
    run = subprocess.Popen(command, start_new_session=True)  # its own group: the worker dies too
    journal = out / JOURNAL
    deadline = time.monotonic() + 60
    while run.poll() is None and time.monotonic() < deadline:
        if journal.exists() and journal.read_text().count("\n") >= 1:
            break
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    done = len(journal.read_text().splitlines())
    assert 1 <= done < len(warcs), "the kill should land mid-run"
    finished = subprocess.run(command, capture_output=True, text=True, check=True)
    assert f"{done} already done" in finished.stdout
    clean = tmp_path / "clean"
    archive([str(p) for p in warcs], clean, serial, options=Options(analyze=False))
    assert keys(out) == keys(clean) and len(set(keys(out))) == len(keys(out))
