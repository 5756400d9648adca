"""The ``readout`` command line: parse, render, check and compare readouts.

::

    readout parse FILE...      each readout's record as JSON (JSON Lines for several)
    readout render FILE.json   the text of a record, byte for byte
    readout check FILE...      diagnostics, one a line: FILE:LINE:COL: CODE message
    readout compare A B        two readouts of one call side by side
    readout schema             the JSON Schema of the record

``-`` reads standard input; a directory stands for the ``*.txt`` files
directly inside it, in name order. Files are read as UTF-8; output is UTF-8.
Bad input is reported on standard error as one line,
``FILE:LINE:COL: error: message``, and the other files are still read.
Exit status: 0 success, 1 diagnostics found (``check``), 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple, TextIO, TypeAlias

import readout
from readout.check import CODES
from readout.compare import Comparison, compare
from readout.errors import DecodeError, ParseError
from readout.schema import schema_text

if TYPE_CHECKING:
    _Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

__all__ = ["EXIT_BAD_INPUT", "EXIT_FOUND", "EXIT_OK", "main"]

#: Exit status: everything read, nothing found.
EXIT_OK: Final = 0
#: Exit status of ``check`` when it printed diagnostics.
EXIT_FOUND: Final = 1
#: Exit status for bad input (unreadable file, not a readout, not a record) or usage.
EXIT_BAD_INPUT: Final = 2
# What a shell reports for a process stopped by SIGPIPE (``readout parse ... | head``).
_EXIT_BROKEN_PIPE: Final = 128 + 13
_EXIT_INTERRUPTED: Final = 128 + 2

_STDIN: Final = "-"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    _use_utf8(sys.stdout)
    _use_utf8(sys.stderr)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        return _EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    return status


# --- the parser ------------------------------------------------------------------------

_DESCRIPTION: Final = """\
Read diplomatic call readouts: agency dispatches (ZXS, Xinhua, TASS, ...) and
government web readouts. FILE may be - for standard input; a directory stands
for the *.txt files in it. Exit status: 0 ok, 1 diagnostics found, 2 bad input.
"""

_EXAMPLES: Final = """\
examples:
  readout parse seed.txt --indent 2        one record, indented
  readout parse readouts/ > records.jsonl  a folder as JSON Lines
  readout render record.json               the text back, byte for byte
  readout check readouts/                  diagnostics like a linter
  readout compare zxs.txt state.txt -o report.html
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readout",
        description=_DESCRIPTION,
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {readout.__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND", title="commands")
    _add_parse(commands)
    _add_render(commands)
    _add_check(commands)
    _add_compare(commands)
    _add_schema(commands)
    return parser


def _command(commands: _Commands, name: str, summary: str, details: str) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=summary,
        description=f"{summary[0].upper()}{summary[1:]}.\n\n{details}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_parse(commands: _Commands) -> None:
    p = _command(
        commands,
        "parse",
        "print each readout's record as JSON (JSON Lines for several files)",
        "Records follow the JSON Schema that `readout schema` prints, one a line, in the order\n"
        "of the files. A file that is not a readout is reported on stderr and skipped (exit 2).",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a readout text, a directory, or -")
    p.add_argument(
        "--indent", type=int, metavar="N", help="indent the JSON by N spaces (one file only)"
    )
    p.set_defaults(run=_run_parse)


def _add_render(commands: _Commands) -> None:
    p = _command(
        commands,
        "render",
        "print the text of a readout record",
        "The record is JSON as `readout parse` writes it; the text comes back byte for byte.",
    )
    p.add_argument("file", metavar="FILE.json", help="a readout record, or - for stdin")
    p.set_defaults(run=_run_render)


def _add_check(commands: _Commands) -> None:
    codes = "\n".join(f"  {code}  {meaning}" for code, meaning in CODES.items())
    p = _command(
        commands,
        "check",
        "print what looks wrong in readouts, like a linter",
        f"One line per diagnostic, FILE:LINE:COL: CODE message; exit 1 when there are any.\n"
        f"Codes:\n{codes}",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a readout text, a directory, or -")
    p.set_defaults(run=_run_check)


_REPORT_FORMATS: Final = ("text", "markdown", "html", "json")
_FORMAT_BY_SUFFIX: Final = {".html": "html", ".htm": "html", ".md": "markdown", ".json": "json"}


def _add_compare(commands: _Commands) -> None:
    p = _command(
        commands,
        "compare",
        "compare two readouts of one call",
        "A and B are readout texts, or records (*.json) as `readout parse` writes them.\n"
        "Without --format, the format follows the suffix of -o (.html, .md, .json), else text.",
    )
    p.add_argument("left", metavar="A", help="one side's readout (text or .json record), or -")
    p.add_argument("right", metavar="B", help="the other side's readout, or -")
    p.add_argument(
        "--format",
        choices=_REPORT_FORMATS,
        help="the report's format (default: from the suffix of OUT, else text)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write the report to OUT, not stdout")
    p.add_argument(
        "--width",
        type=int,
        default=100,
        metavar="N",
        help="line width of the text report (default: 100)",
    )
    p.set_defaults(run=_run_compare)


def _add_schema(commands: _Commands) -> None:
    p = _command(
        commands,
        "schema",
        "print the JSON Schema of the readout record",
        "JSON Schema draft 2020-12, for checking the output of `readout parse` elsewhere.",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write the schema to OUT, not stdout")
    p.set_defaults(run=_run_schema)


# --- the commands ----------------------------------------------------------------------


def _run_parse(args: argparse.Namespace) -> int:
    sources = _expand(args.files)
    indent = args.indent if len(sources) == 1 else None
    status = EXIT_OK
    with _Console(len(sources)) as console:
        for source in console.each(sources):
            try:
                record = readout.to_json(_parse_text(source, _read_text(source)), indent=indent)
            except _InputError as e:
                status = console.error(str(e))
                continue
            console.out(record + "\n")
    return status


def _run_check(args: argparse.Namespace) -> int:
    sources = _expand(args.files)
    status = EXIT_OK
    with _Console(len(sources)) as console:
        for source in console.each(sources):
            try:
                found = readout.check(_parse_text(source, _read_text(source)))
            except _InputError as e:
                status = console.error(str(e))
                continue
            for d in found:
                console.out(f"{source.name}:{d.line}:{d.column}: {d.code} {d.message}\n")
            if found and status == EXIT_OK:
                status = EXIT_FOUND
    return status


def _run_render(args: argparse.Namespace) -> int:
    source = _Source.of(args.file)
    try:
        text = readout.render(_read_record(source))
    except _InputError as e:
        return _Console(1).error(str(e))
    sys.stdout.write(text)
    return EXIT_OK


def _run_compare(args: argparse.Namespace) -> int:
    if args.left == _STDIN and args.right == _STDIN:
        return _Console(1).error("readout compare: error: only one of A and B can be -")
    try:
        left, right = (_read_either(_Source.of(name)) for name in (args.left, args.right))
    except _InputError as e:
        return _Console(1).error(str(e))
    report = _report(compare(left, right), _report_format(args), args.width)
    return _write(report, args.output)


def _run_schema(args: argparse.Namespace) -> int:
    return _write(schema_text(), args.output)


# --- reports and output ----------------------------------------------------------------


def _report_format(args: argparse.Namespace) -> str:
    if args.format is not None:
        return str(args.format)
    suffix = "" if args.output is None else Path(args.output).suffix.lower()
    return _FORMAT_BY_SUFFIX.get(suffix, "text")


def _report(comparison: Comparison, fmt: str, width: int) -> str:
    renderers: dict[str, Callable[[], str]] = {
        "text": lambda: comparison.to_text(width=width),
        "markdown": comparison.to_markdown,
        "html": comparison.to_html,
        "json": lambda: comparison.to_json(indent=2),
    }
    text = renderers[fmt]()
    return text if text.endswith("\n") else text + "\n"


def _write(text: str, output: str | None) -> int:
    """Write ``text`` to the file ``output``, or to stdout when it is None or ``-``."""
    if output is None or output == _STDIN:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        with open(output, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    except OSError as e:
        return _Console(1).error(f"{output}: error: cannot write: {e.strerror or e}")
    return EXIT_OK


# --- reading input ---------------------------------------------------------------------


class _Source(NamedTuple):
    """An input: the name shown in messages, and the file (None for stdin)."""

    name: str
    path: Path | None

    @classmethod
    def of(cls, arg: str) -> _Source:
        return cls("<stdin>", None) if arg == _STDIN else cls(arg, Path(arg))


class _InputError(Exception):
    """Input that cannot be read: shown as one line, ``FILE[:LINE:COL]: error: message``."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: error: {message}")


def _expand(args: Sequence[str]) -> list[_Source]:
    """The inputs the arguments name: a directory stands for its ``*.txt`` files, sorted."""
    sources: list[_Source] = []
    for arg in args:
        path = Path(arg)
        inside = sorted(p for p in path.glob("*.txt") if p.is_file()) if path.is_dir() else []
        sources.extend([_Source(str(p), p) for p in inside] or [_Source.of(arg)])
    return sources


def _read_bytes(source: _Source) -> bytes:
    if source.path is None:
        return sys.stdin.buffer.read()
    try:
        return source.path.read_bytes()
    except IsADirectoryError:
        raise _InputError(source.name, "a directory with no .txt files in it") from None
    except OSError as e:
        raise _InputError(source.name, e.strerror or str(e)) from None


def _decode(source: _Source, data: bytes) -> str:
    """UTF-8 bytes as text; an invalid byte is reported at its line and column."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = (
            data[: e.start].decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        )
        line, col = _line_col(before, len(before))
        where = f"{source.name}:{line}:{col}"
        raise _InputError(where, f"not UTF-8: {e.reason} (byte 0x{data[e.start]:02X})") from None


def _line_col(doc: str, pos: int) -> tuple[int, int]:
    """1-based line and column of ``doc[pos]``, lines ending at ``\\n``."""
    return doc.count("\n", 0, pos) + 1, pos - (doc.rfind("\n", 0, pos) + 1) + 1


def _read_text(source: _Source) -> str:
    return _decode(source, _read_bytes(source))


def _parse_text(source: _Source, text: str) -> readout.Readout:
    try:
        return readout.parse(text)
    except ParseError as e:
        raise _InputError(f"{source.name}:{e.lineno}:{e.colno}", e.msg) from None


def _read_record(source: _Source) -> readout.Readout:
    """A readout record (JSON) from a file; a bad value is reported where it stands."""
    text = _read_text(source)
    try:
        return readout.from_json(text)
    except DecodeError as e:
        line, col, message = _locate_decode_error(text, e)
        raise _InputError(f"{source.name}:{line}:{col}", message) from None


def _read_either(source: _Source) -> readout.Readout:
    """A readout from a ``.json`` record or from a readout text (anything else, stdin too)."""
    if source.path is not None and source.path.suffix.lower() == ".json":
        return _read_record(source)
    return _parse_text(source, _read_text(source))


# --- where in a JSON text a decoding error is --------------------------------------------


def _locate_decode_error(text: str, error: DecodeError) -> tuple[int, int, str]:
    """Line, column and message for a DecodeError of ``text``: the JSON error's own
    position for malformed JSON, else where the value at the error's path starts."""
    cause = error.__cause__
    if isinstance(cause, json.JSONDecodeError):
        return cause.lineno, cause.colno, f"not JSON: {cause.msg}"
    line, col = _line_col(text, _json_position(text, error.path))
    return line, col, f"{error.path}: {error.msg}"


_WHITESPACE: Final = re.compile(r"[ \t\n\r]*")
# One step of a JSONPath as DecodeError writes it: ".key" or "[index]".
_PATH_STEP: Final = re.compile(r"\.([^.\[]+)|\[(\d+)\]", re.ASCII)
_DECODER: Final = json.JSONDecoder()


def _json_position(doc: str, path: str) -> int:
    """Where the value at ``path`` (``$.call.date.month``) starts in the JSON text ``doc``.

    Stops at the deepest value that exists: a missing key points at its object.
    """
    pos = _skip_space(doc, 0)
    for step in _PATH_STEP.finditer(path):
        key, index = step.groups()
        try:
            found = _member(doc, pos, key) if key is not None else _item(doc, pos, int(index))
        except (ValueError, RecursionError):  # a value the decoder would not skip: stop here
            found = None
        if found is None:
            break
        pos = found
    return pos


def _skip_space(doc: str, pos: int) -> int:
    match = _WHITESPACE.match(doc, pos)
    return pos if match is None else match.end()


def _member(doc: str, pos: int, key: str) -> int | None:
    """Where the value of ``key`` starts in the object at ``doc[pos]``, or None."""
    if not doc.startswith("{", pos):
        return None
    pos = _skip_space(doc, pos + 1)
    while doc.startswith('"', pos):
        name, pos = _DECODER.raw_decode(doc, pos)
        pos = _skip_space(doc, _skip_space(doc, pos) + 1)  # past the colon
        if name == key:
            return pos
        pos = _past_value(doc, pos)
    return None


def _item(doc: str, pos: int, index: int) -> int | None:
    """Where item ``index`` starts in the array at ``doc[pos]``, or None."""
    if not doc.startswith("[", pos):
        return None
    pos = _skip_space(doc, pos + 1)
    for _ in range(index):
        if doc.startswith("]", pos):
            return None
        pos = _past_value(doc, pos)
    return None if doc.startswith("]", pos) else pos


def _past_value(doc: str, pos: int) -> int:
    """The position after the value at ``doc[pos]`` and the comma that follows it."""
    _, end = _DECODER.raw_decode(doc, pos)
    end = _skip_space(doc, end)
    return _skip_space(doc, end + 1) if doc.startswith(",", end) else end


# --- the console: output, errors and progress ------------------------------------------

_CLEAR_LINE: Final = "\r\x1b[K"


class _Console:
    """Standard output and error, with a progress line on stderr when it is a terminal.

    The progress line (``[3/120] readouts/2023-10-14.txt``) shows only for more than one
    input and is cleared before anything else is written, so output and errors stay clean.
    """

    def __init__(self, total: int) -> None:
        self._total = total
        self._live = total > 1 and _is_terminal(sys.stderr)
        self._shown = False

    def __enter__(self) -> _Console:
        return self

    def __exit__(self, *_: object) -> None:
        self._clear()

    def each(self, sources: Sequence[_Source]) -> Iterator[_Source]:
        """The sources, one after the other, each shown on the progress line."""
        for i, source in enumerate(sources, 1):
            self._progress(f"[{i}/{self._total}] {source.name}")
            yield source

    def out(self, text: str) -> None:
        if self._shown and _is_terminal(sys.stdout):  # the same screen: make room first
            self._clear()
        sys.stdout.write(text)

    def error(self, line: str) -> int:
        """Write one error line to stderr; return the exit status for bad input."""
        self._clear()
        sys.stdout.flush()
        print(line, file=sys.stderr, flush=True)
        return EXIT_BAD_INPUT

    def _progress(self, status: str) -> None:
        if not self._live:
            return
        sys.stdout.flush()
        width = shutil.get_terminal_size().columns - 1
        sys.stderr.write(_CLEAR_LINE + status[:width])
        sys.stderr.flush()
        self._shown = True

    def _clear(self) -> None:
        if self._shown:
            sys.stderr.write(_CLEAR_LINE)
            sys.stderr.flush()
            self._shown = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except ValueError:  # a closed stream
        return False


def _use_utf8(stream: TextIO) -> None:
    """Write UTF-8 whatever the locale: records, reports and messages hold curly quotes."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def _discard_stdout() -> None:
    """After a broken pipe, send what is left to /dev/null so that Python's exit stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    finally:
        os.close(devnull)
