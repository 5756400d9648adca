"""The command line: ``readout parse``, ``render``, ``check``, ``compare`` and ``schema``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import readout
from readout.cli import EXIT_BAD_INPUT, EXIT_FOUND, EXIT_OK, main
from readout.schema import schema_text
from support import SEED, read_text

SEED_TEXT = read_text(SEED)
SEED_RD101 = "1:1: RD101 the call took place on 14 Oct, after the dateline date 10 Oct"
CLEAN = (
    "Beijing, 14 Oct (ZXS) -- Wang Yi had a telephone conversation with US Secretary of State "
    "Antony Blinken on 14 October.\n\nWang Yi said that talks help.\n"
)
STATE = Path(__file__).resolve().parent.parent / "examples" / "data" / "state_blinken-wangyi.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in process; return the exit status, stdout and stderr."""
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- the parser ------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"readout {readout.__version__}\n"


@pytest.mark.parametrize("command", ["parse", "render", "check", "compare", "schema"])
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: readout {command} ")


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("parse", "render", "check", "compare", "schema"):
        assert f"\n    {command} " in out


def test_check_help_lists_the_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "  RD301  speaker not a participant\n" in capsys.readouterr().out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == EXIT_BAD_INPUT
    assert "usage: readout" in capsys.readouterr().err


# --- parse -----------------------------------------------------------------------------


def test_parse_prints_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", str(SEED))
    assert (status, err) == (EXIT_OK, "")
    assert out == readout.to_json(readout.parse(SEED_TEXT)) + "\n"


def test_parse_indents_one_record(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "parse", str(SEED), "--indent", "2")
    assert out.startswith('{\n  "headline": null,\n  "header": [],\n')
    assert readout.from_json(out) == readout.parse(SEED_TEXT)


def test_parse_writes_json_lines_for_several_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    clean = write(tmp_path, "clean.txt", CLEAN)
    status, out, _ = run(capsys, "parse", str(SEED), str(clean), "--indent", "2")
    lines = out.splitlines()
    assert status == EXIT_OK
    assert [readout.from_json(line) for line in lines] == [
        readout.parse(SEED_TEXT),
        readout.parse(CLEAN),
    ]


def test_parse_reads_a_directory_in_name_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "b.txt", SEED_TEXT)
    write(tmp_path, "a.txt", CLEAN)
    write(tmp_path, "notes.md", "not a readout")
    status, out, _ = run(capsys, "parse", str(tmp_path))
    assert status == EXIT_OK
    assert [readout.from_json(line) for line in out.splitlines()] == [
        readout.parse(CLEAN),
        readout.parse(SEED_TEXT),
    ]


def test_parse_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, CLEAN.replace("\n", "\r\n").encode("utf-8"))
    status, out, _ = run(capsys, "parse", "-")
    assert status == EXIT_OK
    assert readout.render(readout.from_json(out)) == CLEAN


def test_parse_reports_bad_input_in_one_line_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = write(tmp_path, "bad.txt", "Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.")
    status, out, err = run(capsys, "parse", str(bad), str(SEED))
    assert status == EXIT_BAD_INPUT
    assert err == f"{bad}:1:10: error: day 32 is not a day of October\n"
    assert [readout.from_json(line) for line in out.splitlines()] == [readout.parse(SEED_TEXT)]


def test_parse_reports_the_line_of_a_control_character(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = write(
        tmp_path, "bad.txt", "Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.\n\nHe \x00 left."
    )
    status, _, err = run(capsys, "parse", str(bad))
    assert status == EXIT_BAD_INPUT
    assert err == f"{bad}:3:4: error: control character U+0000 is not allowed in a readout\n"


def test_parse_reports_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    status, out, err = run(capsys, "parse", str(missing))
    assert (status, out) == (EXIT_BAD_INPUT, "")
    assert err == f"{missing}: error: No such file or directory\n"


def test_parse_reports_an_empty_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "parse", str(tmp_path))
    assert status == EXIT_BAD_INPUT
    assert err == f"{tmp_path}: error: a directory with no .txt files in it\n"


def test_parse_reports_bytes_that_are_not_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(
        "Beijing, 10 Oct (ZXS) --\r\nWang Yi met M. Le Drian à Paris.".encode("latin-1")
    )
    status, _, err = run(capsys, "parse", str(bad))
    assert status == EXIT_BAD_INPUT
    assert err == f"{bad}:2:25: error: not UTF-8: invalid continuation byte (byte 0xE0)\n"


def test_bad_input_never_shows_a_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.txt", "   \n")
    result = subprocess.run(
        [sys.executable, "-m", "readout", "parse", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    assert result.stderr == f"{bad}:2:1: error: expected a readout, found only white space\n"


def test_python_m_readout_runs_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "readout", "parse", str(SEED)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == EXIT_OK
    assert readout.from_json(result.stdout) == readout.parse(SEED_TEXT)


# --- progress --------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_and_is_cleared(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write(tmp_path, "a.txt", CLEAN)
    write(tmp_path, "b.txt", CLEAN)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("COLUMNS", "200")
    status, out, _ = run(capsys, "parse", str(tmp_path))
    assert status == EXIT_OK
    assert len(out.splitlines()) == 2
    shown = terminal.getvalue()
    assert f"\r\x1b[K[1/2] {tmp_path / 'a.txt'}" in shown
    assert f"\r\x1b[K[2/2] {tmp_path / 'b.txt'}" in shown
    assert shown.endswith("\r\x1b[K")


def test_progress_needs_several_files(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run(capsys, "parse", str(SEED))
    assert terminal.getvalue() == ""


def test_no_progress_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "a.txt", CLEAN)
    write(tmp_path, "b.txt", CLEAN)
    _, _, err = run(capsys, "parse", str(tmp_path))
    assert err == ""


# --- check -----------------------------------------------------------------------------


def test_check_prints_diagnostics_like_a_linter(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", str(SEED))
    assert (status, err) == (EXIT_FOUND, "")
    assert out == f"{SEED}:{SEED_RD101}\n"


def test_check_locates_diagnostics_in_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (
        "Talks in Beijing\n\n"
        "Beijing, 10 Oct (FOO) -- Wang Yi met with US Secretary of State Antony Blinken."
    )
    path = write(tmp_path, "foo.txt", text)
    status, out, _ = run(capsys, "check", str(path))
    assert status == EXIT_FOUND
    assert out == f"{path}:3:1: RD201 unknown agency 'FOO'\n"


def test_check_is_silent_on_a_clean_readout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    clean = write(tmp_path, "clean.txt", CLEAN)
    assert run(capsys, "check", str(clean)) == (EXIT_OK, "", "")


def test_check_bad_input_wins_over_diagnostics(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blank = write(tmp_path, "blank.txt", "\n\n")
    status, out, err = run(capsys, "check", str(SEED), str(blank))
    assert status == EXIT_BAD_INPUT
    assert out == f"{SEED}:{SEED_RD101}\n"
    assert err == f"{blank}:3:1: error: expected a readout, found only white space\n"


def test_check_names_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, SEED_TEXT.encode("utf-8"))
    assert run(capsys, "check", "-") == (EXIT_FOUND, f"<stdin>:{SEED_RD101}\n", "")


# --- render ----------------------------------------------------------------------------


def test_render_gives_back_the_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = read_text(STATE).replace("\n", "\r\n")
    record = write(tmp_path, "state.json", readout.to_json(readout.parse(text), indent=2))
    status, out, _ = run(capsys, "render", str(record))
    assert status == EXIT_OK
    assert out == read_text(STATE)


def test_parse_then_render_through_a_pipe(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "readout"]
    parsed = subprocess.run([*command, "parse", str(SEED)], capture_output=True, check=True)
    rendered = subprocess.run(
        [*command, "render", "-"], input=parsed.stdout, capture_output=True, check=True
    )
    assert rendered.stdout.decode("utf-8") == SEED_TEXT


def test_render_locates_a_bad_value(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    record = json.loads(readout.to_json(readout.parse(SEED_TEXT)))
    record["call"]["date"]["month"] = 13
    path = write(tmp_path, "bad.json", json.dumps(record, indent=2))
    status, _, err = run(capsys, "render", str(path))
    assert status == EXIT_BAD_INPUT
    # "month": 13 is the second "month" of the file, on line 17, its value at column 16.
    assert path.read_text().splitlines()[16] == '      "month": 13,'
    assert err == f"{path}:17:16: error: $.call.date.month: month must be between 1 and 12: 13\n"


def test_render_locates_a_bad_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    record = json.loads(readout.to_json(readout.parse(CLEAN)))
    record["paragraphs"][1]["sentences"][0]["text"] = 3
    text = json.dumps(record)
    path = write(tmp_path, "bad.json", text)
    _, _, err = run(capsys, "render", str(path))
    column = text.index('"text": 3') + len('"text": ') + 1
    message = "$.paragraphs[1].sentences[0].text: expected a string, got an integer"
    assert err == f"{path}:1:{column}: error: {message}\n"


def test_render_points_a_missing_key_at_its_object(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = json.loads(readout.to_json(readout.parse(SEED_TEXT)))
    del record["dateline"]["date"]
    text = json.dumps(record, indent=1)
    path = write(tmp_path, "bad.json", text)
    _, _, err = run(capsys, "render", str(path))
    assert text.splitlines()[3] == ' "dateline": {'
    assert err == f"{path}:4:14: error: $.dateline.date: missing key 'date'\n"


def test_render_reports_text_that_is_not_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "bad.json", '{"headline":\n  nothing}')
    status, _, err = run(capsys, "render", str(path))
    assert status == EXIT_BAD_INPUT
    assert err == f"{path}:2:3: error: not JSON: Expecting value\n"


# --- compare ---------------------------------------------------------------------------


def test_compare_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    from readout.compare import compare

    status, out, _ = run(capsys, "compare", str(SEED), str(STATE), "--format", "json")
    expected = compare(readout.parse(SEED_TEXT), readout.parse(read_text(STATE)))
    assert status == EXIT_OK
    assert out == expected.to_json(indent=2) + "\n"


def test_compare_reads_records_and_takes_the_format_from_the_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = write(tmp_path, "seed.json", readout.to_json(readout.parse(SEED_TEXT)))
    out_path = tmp_path / "comparison.json"
    status, out, _ = run(capsys, "compare", str(record), str(STATE), "-o", str(out_path))
    assert (status, out) == (EXIT_OK, "")
    comparison = json.loads(out_path.read_text(encoding="utf-8"))
    assert readout.from_dict(comparison["left"]) == readout.parse(SEED_TEXT)
    assert comparison["same_call"] is True


def test_compare_takes_one_side_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, read_text(STATE).encode("utf-8"))
    status, out, _ = run(capsys, "compare", str(SEED), "-", "--format", "json")
    assert status == EXIT_OK
    assert json.loads(out)["right"] == readout.to_dict(readout.parse(read_text(STATE)))


def test_compare_cannot_read_stdin_twice(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "compare", "-", "-")
    assert (status, out) == (EXIT_BAD_INPUT, "")
    assert err == "readout compare: error: only one of A and B can be -\n"


def test_compare_reports_bad_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.txt", "Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.")
    status, out, err = run(capsys, "compare", str(SEED), str(bad))
    assert (status, out) == (EXIT_BAD_INPUT, "")
    assert err == f"{bad}:1:10: error: day 32 is not a day of October\n"


def test_compare_reports_an_output_it_cannot_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "folder.json"
    status, _, err = run(capsys, "compare", str(SEED), str(STATE), "-o", str(target))
    assert status == EXIT_BAD_INPUT
    assert err == f"{target}: error: cannot write: No such file or directory\n"


@pytest.mark.parametrize(
    ("option", "method"),
    [("text", "to_text"), ("markdown", "to_markdown"), ("html", "to_html")],
)
def test_compare_reports(capsys: pytest.CaptureFixture[str], option: str, method: str) -> None:
    from readout.compare import compare

    status, out, _ = run(capsys, "compare", str(SEED), str(STATE), "--format", option)
    comparison = compare(readout.parse(SEED_TEXT), readout.parse(read_text(STATE)))
    expected = getattr(comparison, method)()
    assert status == EXIT_OK
    assert out == expected.removesuffix("\n") + "\n"


def test_compare_passes_the_width_to_the_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    from readout.compare import compare

    status, out, _ = run(capsys, "compare", str(SEED), str(STATE), "--width", "60")
    comparison = compare(readout.parse(SEED_TEXT), readout.parse(read_text(STATE)))
    assert status == EXIT_OK
    assert out.startswith("Readout comparison: the same call")
    assert out == comparison.to_text(width=60).removesuffix("\n") + "\n"
    assert out != comparison.to_text(width=100).removesuffix("\n") + "\n"


@pytest.mark.parametrize(
    ("suffix", "start"),
    [
        (".html", "<!DOCTYPE html>"),
        (".md", "# Readout comparison"),
        (".txt", "Readout comparison:"),
    ],
)
def test_compare_output_suffix_chooses_the_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str, start: str
) -> None:
    target = tmp_path / f"report{suffix}"
    assert run(capsys, "compare", str(SEED), str(STATE), "-o", str(target)) == (EXIT_OK, "", "")
    assert target.read_text(encoding="utf-8").startswith(start)


# --- schema and streams ----------------------------------------------------------------


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "schema") == (EXIT_OK, schema_text(), "")


class BrokenPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError


def test_a_closed_pipe_ends_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", BrokenPipe())
    assert main(["parse", str(SEED)]) == 141
    assert capsys.readouterr().err == ""
