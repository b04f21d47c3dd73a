"""`knews archive`: WARC/ARC files into Parquet, on a process pool or a Dask cluster.

Work is cut into units: one per file, or one per byte range of a large gzip-per-record file (see
parsers.warc). A unit is parsed by one worker process, which writes its rows itself, atomically, as
`DIR/published_date=YYYY-MM-DD/part-<file id>-<range>-<batch>.parquet`: the names depend only on the
input, so redoing a unit overwrites its own files and never duplicates rows. The driver alone keeps
the journal `DIR/_journal.jsonl` (a line per finished unit, synced) and, at the end, the manifest
`DIR/_manifest.json`. A restarted run skips the units its journal has for the same file (size and
mtime) and options, so an interrupted run resumes; a file whose size, mtime or options changed is
redone from scratch after its old parts are removed.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from parsers import Article
from parsers.warc import Filters, Page, is_gzip, iter_pages, page_article

SEOUL = ZoneInfo("Asia/Seoul")
PARTITION = "published_date"
UNKNOWN_DATE = "unknown"
JOURNAL = "_journal.jsonl"
MANIFEST = "_manifest.json"
DEFAULT_SPLIT_BYTES = 256 * 1024 * 1024


class ArchiveError(Exception):
    """An archive run that cannot start: no input files, or an output folder that is not one."""


@dataclass(frozen=True)
class Options:
    """What changes the output: a journal entry made under other options is not reused."""

    analyze: bool = True
    filters: Filters = field(default_factory=Filters)
    batch_rows: int = 1000  # rows held in memory before a part is written

    def key(self) -> str:
        """Options and knews version: a new parser version re-parses, replacing the old rows."""
        text = json.dumps([asdict(self), _version()], sort_keys=True)
        return hashlib.sha1(text.encode()).hexdigest()[:16]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("knews")
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class Unit:
    """Records of `path` that begin in [start, end): the grain of work and of resuming."""

    path: str
    file_id: str
    index: int
    count: int
    start: int
    end: int | None
    fingerprint: str


def input_files(patterns: Iterable[str]) -> list[Path]:
    """Paths and globs to the sorted list of distinct files they name."""
    files: set[Path] = set()
    for pattern in patterns:
        expanded = os.path.expanduser(pattern)
        matches = glob.glob(expanded, recursive=True) if glob.has_magic(expanded) else [expanded]
        found = [Path(m).resolve() for m in matches if Path(m).is_file()]
        if not found:
            raise ArchiveError(f"no such file: {pattern}")
        files.update(found)
    return sorted(files)


def plan(path: Path, split_bytes: int = DEFAULT_SPLIT_BYTES) -> list[Unit]:
    """Units of one file: byte ranges for a large gzip-per-record file, else the whole file."""
    stat = path.stat()
    file_id = hashlib.sha1(str(path).encode()).hexdigest()[:16]
    fingerprint = f"{stat.st_size}:{stat.st_mtime_ns}:{split_bytes}"
    if stat.st_size <= split_bytes or not is_gzip(path):
        bounds: list[tuple[int, int | None]] = [(0, None)]
    else:
        starts = list(range(0, stat.st_size, split_bytes))
        bounds = [(s, e) for s, e in zip(starts, [*starts[1:], None], strict=True)]
    return [
        Unit(str(path), file_id, i, len(bounds), start, end, fingerprint)
        for i, (start, end) in enumerate(bounds)
    ]


# -- in the worker process --------------------------------------------------------------------

_ready: set[bool] = set()


def prepare_worker(analyze: bool) -> None:
    """Once per process: the parser's modules and Kiwi on one thread (the processes are the
    parallelism), loaded up front."""
    if analyze in _ready:
        return
    import parsers.parse  # noqa: F401  (lxml and the site profiles: imported by the first page otherwise)

    if analyze:
        from parsers.analysis.kiwi import configure, get_kiwi

        configure(num_workers=1)
        get_kiwi()
    _ready.add(analyze)


def run_unit(unit: Unit, out: str, options: Options) -> dict[str, Any]:
    """Parse one unit and write its Parquet parts; returns its journal entry."""
    prepare_worker(options.analyze)
    cpu_start = sum(os.times()[:2])  # after start-up and model loading, which engines place apart
    started = time.time()
    counts: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    parts: list[str] = []
    for page in iter_pages(unit.path, start=unit.start, end=unit.end, filters=options.filters, counts=counts):
        article = page_article(page, analyze=options.analyze, filters=options.filters, counts=counts)
        if article is not None:
            rows.append(article_row(article, page, unit.path))
        if len(rows) >= options.batch_rows:
            parts += write_parts(Path(out), unit, len(parts), rows)
            rows = []
    if rows:
        parts += write_parts(Path(out), unit, len(parts), rows)
    return {
        "file": unit.path,
        "fingerprint": unit.fingerprint,
        "options": options.key(),
        "index": unit.index,
        "units": unit.count,
        "counts": dict(sorted(counts.items())),
        "parts": parts,
        "pid": os.getpid(),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # the whole process's CPU (all its threads: an engine's own overhead counts) at the unit's
        # start and end: scaling and engine cost without the wall-clock noise of a shared machine
        "cpu_start_s": round(cpu_start, 2),
        "cpu_s": round(sum(os.times()[:2]), 2),
        "started": started,
        "ended": time.time(),
    }


def article_row(article: Article, page: Page, path: str) -> dict[str, Any]:
    """The Article's fields (as in to_dict, with real timestamps) and where the page came from."""
    row = article.to_dict()
    row["published"] = _aware(article.published)
    row["modified"] = _aware(article.modified)
    row["analysis"] = json.dumps(row["analysis"], ensure_ascii=False) if row["analysis"] else None
    row["warc_file"] = path
    row["warc_offset"] = page.offset
    row["warc_record_id"] = page.record_id
    row["fetched"] = _warc_date(page.fetched)
    return row


def write_parts(out: Path, unit: Unit, first: int, rows: list[dict[str, Any]]) -> list[str]:
    """One Parquet file per publish date of `rows`, each written to a hidden name then renamed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    by_date: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        day = row["published"].astimezone(SEOUL).date().isoformat() if row["published"] else UNKNOWN_DATE
        by_date.setdefault(day, []).append(row)
    written = []
    for n, (day, group) in enumerate(sorted(by_date.items())):
        name = f"{PARTITION}={day}/part-{unit.file_id}-{unit.index:05d}-{first + n:05d}.parquet"
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        hidden = target.with_name("." + target.name + ".tmp")
        pq.write_table(pa.Table.from_pylist(group, schema=schema()), hidden, compression="zstd")
        os.replace(hidden, target)
        written.append(name)
    return written


def schema() -> Any:
    """The Parquet schema: fixed, so every part (even of empty or odd pages) reads as one dataset."""
    import pyarrow as pa

    text, texts = pa.string(), pa.list_(pa.string())
    when = pa.timestamp("us", tz="Asia/Seoul")
    return pa.schema(
        [
            ("schema_version", pa.int16()),
            ("url", text),
            ("canonical_url", text),
            ("site", text),
            ("outlet", text),
            ("title", text),
            ("subtitles", texts),
            ("authors", texts),
            ("emails", texts),
            ("published", when),
            ("modified", when),
            ("section", text),
            ("body", text),
            ("paragraphs", texts),
            ("images", pa.list_(pa.struct([("url", text), ("caption", text)]))),
            ("tags", texts),
            ("profile", text),
            ("warnings", texts),
            ("analysis", text),  # Analysis.to_dict() as JSON: Analysis.from_dict(json.loads(...))
            ("warc_file", text),
            ("warc_offset", pa.int64()),
            ("warc_record_id", text),
            ("fetched", pa.timestamp("us", tz="UTC")),
        ]
    )


def _aware(when: datetime | None) -> datetime | None:
    return when.replace(tzinfo=SEOUL) if when is not None and when.tzinfo is None else when


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


# -- in the driver ----------------------------------------------------------------------------


@dataclass
class Summary:
    """What a run did: files read and skipped as already done, counts, worker memory and CPU time.

    `cpu_seconds` is each worker process's CPU time (every thread) from the start of its first unit
    to the end of its last: the work and the engine's overhead meanwhile, not start-up or loading.
    """

    files: int = 0
    resumed_units: int = 0
    units: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    peak_rss_mib: dict[int, float] = field(default_factory=dict)
    cpu_seconds: dict[int, float] = field(default_factory=dict)
    cpu_first: dict[int, float] = field(default_factory=dict)  # process CPU as its first unit began
    cpu_last: dict[int, float] = field(default_factory=dict)  # and as its last unit ended
    first_started: float | None = None  # time.time() as the first unit began, after start-up
    last_ended: float | None = None  # and as the last one ended

    @property
    def unit_seconds(self) -> float:
        """Wall time from the first unit's start to the last unit's end: the run less the engine's
        start-up, model loading and shutdown."""
        if self.first_started is None or self.last_ended is None:
            return 0.0
        return self.last_ended - self.first_started

    def line(self) -> str:
        skipped = ", ".join(
            f"{k} {v}" for k, v in sorted(self.counts.items()) if k not in ("records", "articles")
        )
        return (
            f"archive: {self.files} files, {self.units} units run, {self.resumed_units} already done, "
            f"{self.counts['records']} records, {self.counts['articles']} articles"
            + (f"; skipped: {skipped}" if skipped else "")
        )


Runner = Callable[[Callable[..., dict[str, Any]], list[tuple[Any, ...]]], Iterator[dict[str, Any]]]


def archive(
    patterns: Iterable[str],
    out: str | Path,
    runner: Runner,
    *,
    options: Options | None = None,
    split_bytes: int = DEFAULT_SPLIT_BYTES,
    redo: bool = False,
) -> Summary:
    """Parse every input file into `out`, resuming from its journal; `runner` maps run_unit over
    argument tuples on some engine (scraper.engines) and yields results as they finish."""
    options = options or Options()
    out = Path(out).resolve()  # workers elsewhere resolve a relative path against their own cwd
    if out.exists() and not out.is_dir():
        raise ArchiveError(f"--out {out} is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    files = input_files(patterns)
    journal = _read_journal(out)
    pending: list[Unit] = []
    keep: list[dict[str, Any]] = []
    summary = Summary(files=len(files))
    for path in files:
        units = plan(path, split_bytes)
        entries = [e for e in journal if e["file"] == str(path)]
        valid = {
            e["index"]: e
            for e in entries
            if (e["fingerprint"], e["options"], e["units"])
            == (units[0].fingerprint, options.key(), len(units))
        }
        if redo or len(valid) != len(entries) or not valid:
            _remove_parts(out, units[0].file_id)
            valid = {}
        keep += valid.values()
        summary.resumed_units += len(valid)
        pending += [u for u in units if u.index not in valid]
    given = {str(p) for p in files}
    keep += [e for e in journal if e["file"] not in given]
    _write_journal(out, keep)
    with (out / JOURNAL).open("a", encoding="utf-8") as log:
        for result in runner(run_unit, [(unit, str(out), options) for unit in pending]):
            summary.units += 1
            pid = result.pop("pid")
            summary.peak_rss_mib[pid] = result.pop("peak_rss_mib")
            first = summary.cpu_first[pid] = min(result.pop("cpu_start_s"), summary.cpu_first.get(pid, 1e18))
            last = summary.cpu_last[pid] = max(result.pop("cpu_s"), summary.cpu_last.get(pid, 0.0))
            summary.cpu_seconds[pid] = round(last - first, 2)
            started, ended = result.pop("started"), result.pop("ended")
            summary.first_started = min(started, summary.first_started or started)
            summary.last_ended = max(ended, summary.last_ended or ended)
            log.write(json.dumps(result, ensure_ascii=False) + "\n")
            log.flush()
            os.fsync(log.fileno())
            keep.append(result)
    for entry in keep:
        if entry["file"] in given:
            summary.counts.update(entry["counts"])
    _write_manifest(out, keep, options)
    return summary


def _remove_parts(out: Path, file_id: str) -> None:
    for part in out.glob(f"{PARTITION}=*/part-{file_id}-*.parquet"):
        part.unlink()


def _read_journal(out: Path) -> list[dict[str, Any]]:
    path = out / JOURNAL
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut by a crash mid-write: its unit is simply run again
    return entries


def _write_journal(out: Path, entries: list[dict[str, Any]]) -> None:
    _replace(out / JOURNAL, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries))


def _write_manifest(out: Path, entries: list[dict[str, Any]], options: Options) -> None:
    files: dict[str, dict[str, Any]] = {}
    for entry in sorted(entries, key=lambda e: (e["file"], e["index"])):
        row = files.setdefault(entry["file"], {"file": entry["file"], "units": entry["units"], "done": 0})
        row["done"] += 1
        for key, value in entry["counts"].items():
            target = row if key in ("records", "articles") else row.setdefault("skipped", {})
            target[key] = target.get(key, 0) + value
        row.setdefault("parts", []).extend(entry["parts"])
    manifest = {
        "options": asdict(options),
        "files": [{**row, "complete": row.pop("done") == row["units"]} for row in files.values()],
    }
    _replace(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")


def _replace(path: Path, text: str) -> None:
    hidden = path.with_name("." + path.name + ".tmp")
    hidden.write_text(text, encoding="utf-8")
    os.replace(hidden, path)
