"""Every script in examples/ runs, as a user would run it, and prints what it promises."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import readout

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DATA = EXAMPLES / "data"
TESTED = {"compare_sides.py", "property_test.py", "readouts_table.py", "who_said_what.py"}


def run_example(name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run an example script from ``cwd``, as ``python examples/NAME ARGS``."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
    )


def all_sentences() -> int:
    texts = sorted(DATA.glob("*.txt"))
    return sum(len(readout.parse(p.read_text(encoding="utf-8")).sentences) for p in texts)


def test_every_example_is_tested() -> None:
    assert {p.name for p in EXAMPLES.glob("*.py")} == TESTED


def test_who_said_what_on_the_seed(tmp_path: Path) -> None:
    result = run_example("who_said_what.py", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "telephone call on 14 Oct: Wang Yi (CN), Antony Blinken (US); Antony Blinken asked for it",
        "dateline: Beijing, 10 Oct (ZXS)",
        "",
    ]
    assert len(lines) == 3 + 17  # every sentence but the lead
    assert lines[3].startswith(" 1 Antony Blinken     described          Blinken described his")
    assert lines[4].startswith(" 2 Wang Yi            said that          Wang Yi said that")
    assert lines[5].startswith(" 2 Wang Yi            -                  China opposes all acts")
    assert lines[16].startswith(" 7 (both sides)       exchanged views    The two sides also")


def test_who_said_what_on_a_web_readout(tmp_path: Path) -> None:
    result = run_example("who_said_what.py", str(DATA / "state_blinken-wangyi.txt"), cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == [
        "telephone call: Antony J. Blinken (US), Wang Yi (CN)",
        "",
    ]
    assert " 3 (both sides)       agreed to          The two sides agreed" in result.stdout


def test_readouts_table_as_csv(tmp_path: Path) -> None:
    out = tmp_path / "readouts.csv"
    result = run_example("readouts_table.py", "-o", str(out), cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == all_sentences()
    assert rows[0]["file"] == "seed_zxs_wangyi-blinken.txt"
    assert rows[1] | {"text": ""} == {
        "file": "seed_zxs_wangyi-blinken.txt",
        "format": "dispatch",
        "agency": "ZXS",
        "dateline_date": "--10-10",
        "call_kind": "telephone",
        "call_date": "--10-14",
        "participants": "Wang Yi; Antony Blinken",
        "initiator": "Antony Blinken",
        "paragraph": "1",
        "sentence": "0",
        "speaker": "Antony Blinken",
        "speaker_country": "US",
        "cue": "described",
        "text": "",
    }
    assert {row["speaker"] for row in rows} >= {"", "both", "Wang Yi", "Sergey Lavrov"}


def test_readouts_table_as_json_lines(tmp_path: Path) -> None:
    result = run_example("readouts_table.py", str(DATA), "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == all_sentences()
    web = [row for row in rows if row["format"] == "web"]
    assert web[0]["agency"] is None
    assert web[0]["paragraph"] == 0
    assert web[-1]["speaker"] == "both"


def test_readouts_table_skips_what_is_not_a_readout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text((DATA / "tass_lavrov-wangyi.txt").read_text(encoding="utf-8"))
    result = run_example("readouts_table.py", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == f"{tmp_path / 'a.txt'}:1:10: skipped: day 32 is not a day of October\n"
    assert len(result.stdout.splitlines()) == 1 + 4  # the header and b.txt's sentences


def test_compare_sides_writes_the_html_report(tmp_path: Path) -> None:
    result = run_example("compare_sides.py", "report.html", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0] == "same call: yes"
    assert lines[-1] == "wrote report.html"
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "Blinken" in html


def test_the_property_test_example_holds(tmp_path: Path) -> None:
    result = run_example("property_test.py", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "3 properties held for 200 examples each\n"
