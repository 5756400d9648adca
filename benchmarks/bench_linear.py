"""Linear time on hostile input: time per doubling of the input, family by family.

Run on demand from the repository root::

    python benchmarks/bench_linear.py           # 10^5 .. 8*10^5 and 10^6, then the big inputs
    python benchmarks/bench_linear.py --quick   # 10^5 .. 4*10^5, fewer runs, no big inputs
    python benchmarks/bench_linear.py --family commas --family json:depth

Every family builds inputs of about 10^5, 2*10^5, 4*10^5 and 8*10^5 characters
(and 10^6 without ``--quick``). Text families are parsed in full (the call and
the speakers too, not ``structure_only``); ``json:`` families are read by
``from_json``. Each time is the best of several runs, in CPU seconds of this
process. The table shows the time at each size, the time ratio of each doubling,
and last the ratio per doubling fitted over every size (10^6 included); a ratio
above 2.5 is flagged and makes the script exit with status 1. A family that fails
is timed once more with twice the runs before it counts, since a busy machine
can spoil one measurement where a super-linear path fails every time.

A ``ParseError`` or ``DecodeError`` is an outcome like a Readout: the time to
reach it is what counts. Any other exception stops the script.

Without ``--quick``, two big inputs follow, parsed once each and rendered back:
a 10 MB single line and 10^6 short paragraphs.
"""

from __future__ import annotations

import argparse
import gc
import math
import string
import sys
import time
from collections.abc import Callable, Sequence
from itertools import combinations, islice
from typing import Final

from readout import DecodeError, ParseError, from_json, parse, render, to_json

Builder = Callable[[int], str]
Reader = Callable[[str], object]

#: The largest ratio of times that one doubling of the input may take.
MAX_RATIO: Final = 2.5

_DATELINE: Final = "Beijing, 10 Oct (ZXS) -- "
_LEAD: Final = (
    _DATELINE + "Wang Yi had a telephone conversation with US Secretary of State "
    "Antony Blinken on 14 October at his request. "
)
_SEED_PARAGRAPH: Final = (
    "Wang Yi said that the conflict is escalating and faces the risk of getting out of "
    "control. China opposes all acts that harm civilians. Blinken stressed that the "
    "United States supports talks, and the two sides agreed to keep in touch."
)


def _repeat(unit: str, n: int) -> str:
    """``unit`` repeated to about ``n`` characters (at least once)."""
    return unit * max(1, n // len(unit))


def _in_body(unit: str, *, end: str = "talks help.") -> Builder:
    """A valid lead, then one sentence that holds ``unit`` repeated.

    The sentence opens with no speaker, so the attribution reads every clause of it.
    """
    return lambda n: _LEAD + "Talks went on" + _repeat(unit, n) + end


def _after_lead(unit: str) -> Builder:
    """A valid lead, then ``unit`` repeated (the rest of the body)."""
    return lambda n: _LEAD + _repeat(unit, n)


def _alone(unit: str) -> Builder:
    """``unit`` repeated, and nothing else."""
    return lambda n: _repeat(unit, n)


def _name_word(i: int) -> str:
    """A distinct capitalised word for each ``i``: "Aab", "Aac", ..."""
    letters = ""
    for _ in range(3):
        i, k = divmod(i, 26)
        letters = string.ascii_lowercase[k] + letters
    return "Q" + letters


def _long_name(n: int) -> str:
    """A lead whose guest has a name of n/2 characters, then n/2 of sentences naming him."""
    name = " ".join(_name_word(i) for i in range(max(1, n // 10)))
    body = _repeat("Qaaa said that talks help, and Blinken agreed. ", n // 2)
    return _DATELINE + f"Wang Yi met {name}. " + body


def _crowded_lead(n: int) -> str:
    """A lead naming many people before its call word, then as many clauses."""
    names = ", ".join(f"{_name_word(2 * i)} {_name_word(2 * i + 1)}" for i in range(n // 20))
    body = _repeat("Wang said that x, the Minister said that y, the Chinese side noted z. ", n // 2)
    return _DATELINE + names + " met Antony Blinken. " + body


# Title words the lexicon knows: titles and subjects made of them differ from each other.
_TITLE_WORDS: Final = (
    "Acting Admiral Adviser Ambassador Assistant Attorney Chair Chairman Chancellor Chief "
    "Commander Commissioner Consul Coordinator Councillor Counselor Delegate Deputy Director "
    "Envoy General Governor Head Leader Mayor Member Minister Premier President Prince Queen "
    "Representative Secretary Senator Speaker Spokesman Spokesperson Sultan King Emir"
).split()


def _titles(count: int, size: int) -> list[str]:
    """``count`` different titles of ``size`` title words each."""
    return [" ".join(words) for words in islice(combinations(_TITLE_WORDS, size), count)]


def _titled_crowd(n: int) -> str:
    """A lead naming many people, each with a title of its own; then clauses, each with a
    subject made of title words of its own ("the Admiral Envoy Mayor Queen noted ...")."""
    k = max(1, n // 120)
    people = ", ".join(
        f"{title} {_name_word(2 * i)} {_name_word(2 * i + 1)}"
        for i, title in enumerate(_titles(k, 3))
    )
    body = "".join(f"the {title} noted x, " for title in _titles(k, 4))
    return _DATELINE + people + " met Antony Blinken. Talks went on, " + body + "and ended."


def _call_from(n: int) -> str:
    """A lead whose caller comes after a long stretch of words, in a long list of people."""
    names = ", ".join(f"{_name_word(2 * i)} {_name_word(2 * i + 1)}" for i in range(n // 40))
    filler = _repeat("and then some more words ", n // 2)
    return _DATELINE + "Wang Yi received a phone call from " + filler + names + ". He said so."


def _concatenated(n: int) -> str:
    one = _LEAD + "\n\n" + _SEED_PARAGRAPH + " (End)\n"
    return _repeat(one + "\n", n)


#: Text families, each read by ``parse``.
FAMILIES: Final[dict[str, Builder]] = {
    # ordinary copy, at scale
    "prose-one-line": _after_lead(_SEED_PARAGRAPH + " "),
    "paragraphs": _after_lead("\n\nBlinken said that talks help."),
    "lines": _after_lead("\nWang said that talks help."),
    "soft-wrapped": _after_lead("\n\nWang Yi said that\nChina opposes war."),
    "sentences": _after_lead("He said. "),
    "concatenated": _concatenated,
    # runs of one thing
    "spaces": _in_body(" "),
    "trailing-spaces": _after_lead(" "),
    "white-space-only": _alone(" \n"),
    "blank-lines": _after_lead("\n \n"),
    "newlines": _after_lead("\n"),
    "dateline-gap": lambda n: _DATELINE.rstrip() + _repeat(" ", n) + "Wang Yi met Blinken.",
    "commas": _in_body(", "),
    "bare-commas": _in_body(","),
    "semicolons": _in_body("; "),
    "colons": _after_lead("Wang said: "),
    "parens": _in_body("("),
    "parens-spaced": _in_body(" ("),
    "closers": _in_body(".)"),
    "quotes": _in_body('"'),
    "curly-quotes": _in_body("\u201c "),
    "dashes": _in_body(" --"),
    "dash-run": _in_body("-"),
    "bare-dashes": _alone("BEIJING -- "),
    "periods": _in_body(". "),
    "abbreviations": _in_body(" U.S."),
    "initials": _in_body(" J."),
    "said-that": _in_body(" said that"),
    "that-that": _in_body(" that"),
    "said-that-sentences": _after_lead("Wang Yi said that peace. "),
    "according": lambda n: _LEAD + "According to" + _repeat(" according to", n) + " Wang, ok.",
    "joint": _in_body(" The two", end=" sides agreed."),
    "pronouns": _after_lead("He, "),
    "end-markers": _after_lead("(End) "),
    "line-separators-x85": _after_lead("Wang said.\x85"),
    "line-separators-u2028": _after_lead("Wang said.\u2028"),
    "vertical-tabs": _after_lead("Wang said.\v"),
    "form-feeds": _after_lead("Wang said.\f"),
    "zero-width-bidi": _in_body(" \u200b\u202eWang\u200d\u2066"),
    "arabic-indic-digits": _after_lead("\u0661\u0664 Oct "),
    # names and the lead
    "long-word": lambda n: _DATELINE + "Wang Yi met Q" + _repeat("a", n) + " Blinken.",
    "long-name": _long_name,
    "crowded-lead": _crowded_lead,
    "all-caps-run": lambda n: _DATELINE + _repeat("WANG ", n) + "met Antony Blinken.",
    "title-run": lambda n: _DATELINE + _repeat("Minister ", n) + "Wang Yi met Antony Blinken.",
    "country-run": lambda n: _DATELINE + "Wang Yi met " + _repeat("China ", n) + "Blinken.",
    "date-phrases": lambda n: _DATELINE + "Wang Yi met Blinken" + _repeat(" since on 14 Oct", n),
    "request-of": lambda n: _LEAD + "It was at the request of" + _repeat(" Qaa", n) + ".",
    "capitalised-run": _in_body(" Qaa"),
    "side-words": _in_body(", the Qaa side noted"),
    "call-from": _call_from,
    "titled-crowd": _titled_crowd,
    "header-lines": lambda n: _repeat("READOUT\n", n) + "Wang Yi met Blinken.",
    # line endings, byte order marks, forbidden characters
    "crlf-paragraphs": _after_lead("\r\n\r\nBlinken said that talks help."),
    "cr-lines": _after_lead("\rWang said that talks help."),
    "byte-order-marks": lambda n: "\ufeff" + _after_lead("\ufeffWang said. \n\n")(n),
    "nul-at-end": lambda n: _after_lead("He said. ")(n) + "\x00",
    "surrogate-at-end": lambda n: _after_lead("He said. ")(n) + "\udc00",
}


def _record(n: int) -> str:
    """The JSON of a readout of about n/4 characters of text (a record is about 4 times as long)."""
    return to_json(parse(_LEAD + _repeat("\n\nBlinken said that talks help.", n // 4)))


def _json_object(pairs: str, n: int) -> str:
    return "{" + _repeat(pairs, n)[:-2] + "}"


#: JSON families, each read by ``from_json``.
JSON_FAMILIES: Final[dict[str, Builder]] = {
    "json:record": _record,
    "json:depth": lambda n: "[" * n,
    "json:depth-closed": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "json:long-string": lambda n: '{"headline": "' + _repeat("a", n) + '"}',
    "json:escapes": lambda n: '{"headline": "' + _repeat("\\u00e9\\ud800", n) + '"}',
    "json:many-keys": lambda n: "{" + ", ".join(f'"k{i}": 0' for i in range(n // 10)) + "}",
    "json:duplicate-keys": lambda n: _json_object('"a": 0, ', n),
    "json:integers": lambda n: "[" + _repeat("1, ", n) + "1]",
    "json:long-integer": lambda n: _repeat("9", n),
    "json:nan": lambda n: "[" + _repeat("1, ", n) + "NaN]",
    "json:not-json-late": lambda n: "[" + _repeat("1, ", n) + "x]",
}


def _read_text(text: str) -> object:
    try:
        return parse(text)
    except ParseError as e:
        return e


def _read_json(text: str) -> object:
    try:
        return from_json(text)
    except DecodeError as e:
        return e


def best_time(text: str, runs: int, read: Reader = _read_text) -> float:
    """The fastest of ``runs`` reads of ``text``, in seconds of this process's CPU time.

    CPU time, not wall time, and the best of several: other processes on the machine
    slow some runs down, never speed one up. The garbage collector is off while the
    clock runs, as in :mod:`timeit`: its full passes start at allocation counts, not at
    sizes, and would make single timings jump (their cost is linear, amortized).
    """
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            read(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def ratios(times: Sequence[float], sizes: Sequence[int]) -> list[float]:
    """The time ratio of each doubling of the size, and last the fitted ratio per doubling.

    Consecutive sizes that are not twice each other (8*10^5 and 10^6) give no ratio of
    their own: a small step would magnify noise. The fitted ratio is 2 to the slope of
    log time against log size over every size (least squares): 2.0 for linear time.
    """
    steps = [
        t1 / max(t0, 1e-9)
        for t0, t1, n0, n1 in zip(times, times[1:], sizes, sizes[1:], strict=False)
        if 1.9 <= n1 / n0 <= 2.1
    ]
    return [*steps, 2 ** _slope([math.log2(n) for n in sizes], [math.log2(t) for t in times])]


def _slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return cov / max(sum((x - mx) ** 2 for x in xs), 1e-12)


def run_family(
    name: str, build: Builder, read: Reader, sizes: Sequence[int], runs: int
) -> tuple[bool, str]:
    """Time one family; return whether every doubling stays within MAX_RATIO, and a table row."""
    texts = [build(n) for n in sizes]
    for attempt in (1, 2):
        times = [best_time(text, runs * attempt, read) for text in texts]
        found = ratios(times, [len(t) for t in texts])
        ok = all(r <= MAX_RATIO for r in found)
        if ok:
            break
    cells = " ".join(f"{t * 1000:8.1f}" for t in times)
    marks = " ".join(f"{r:5.2f}{'!' if r > MAX_RATIO else ' '}" for r in found)
    return ok, f"{name:24} {cells}   {marks}"


def big_inputs() -> None:
    """Parse a 10 MB single line and 10^6 short paragraphs once each; render them back."""
    inputs = {
        "10 MB single line": _LEAD + _repeat(_SEED_PARAGRAPH + " ", 10_000_000),
        "10^6 paragraphs": _LEAD + "\n\nHe said." * 1_000_000,
    }
    for name, text in inputs.items():
        start = time.process_time()
        r = parse(text)
        parsed = time.process_time() - start
        same = render(r) == text
        print(
            f"{name:24} {len(text):>10} chars  parse {parsed:6.1f} s  lossless {same}", flush=True
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the families chosen on the command line (all by default); 1 if any grows too fast."""
    args = _arguments().parse_args(argv)
    sizes = [100_000, 200_000, 400_000] if args.quick else [100_000, 200_000, 400_000, 800_000]
    if not args.quick:
        sizes.append(1_000_000)
    runs = args.runs or (2 if args.quick else 3)
    everything = {**{k: (b, _read_text) for k, b in FAMILIES.items()}}
    everything |= {k: (b, _read_json) for k, b in JSON_FAMILIES.items()}
    chosen = args.family or list(everything)
    parse(_LEAD)  # load the vocabularies before the first timing
    header = " ".join(f"{n // 1000:>7}k" for n in sizes)
    print(f"{'family (ms at size)':24} {header}   per doubling, then fitted (max {MAX_RATIO})")
    failed = []
    for name in chosen:
        ok, row = run_family(name, *everything[name], sizes, runs)
        print(row, flush=True)
        if not ok:
            failed.append(name)
    print(f"\nfailed: {', '.join(failed)}" if failed else "\nevery family within the bound")
    if not args.quick and not args.family:
        print()
        big_inputs()
    return 1 if failed else 0


def _arguments() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="sizes up to 4*10^5, two runs each")
    p.add_argument("--runs", type=int, default=0, help="runs per size (the best is kept)")
    choices = sorted([*FAMILIES, *JSON_FAMILIES])
    p.add_argument("--family", action="append", choices=choices, help="repeatable")
    return p


if __name__ == "__main__":
    sys.exit(main())
