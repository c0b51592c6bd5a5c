from pathlib import Path

import pytest

from claims.cli import main
from claims.errors import AnnotationError
from claims.formats.brat import parse_ann, read_brat, to_ann
from claims.types import Kind, Span

TEXT = (
    "“We will win,” Mayor Ada Quinn said on Monday, “and we will win big.”\n"
    "The plant reportedly closed in June.\n"
    "Rivals dismissed the\nplan as a stunt.\n"
)


SPLIT = "the\nplan"
WIN, WIN_BIG = "“We will win,”", "“and we will win big.”"


def at(needle: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return f"{start} {start + len(needle)}"


def ann_lines() -> str:
    return (
        "\n".join(
            [
                f"T1\tContent {at(WIN)};{at(WIN_BIG)}\t{WIN} {WIN_BIG}",
                f"T2\tSource {at('Mayor Ada Quinn')}\tMayor Ada Quinn",
                f"T3\tCue {at('said')}\tsaid",
                f"T4\tAttribution {at('said')}\tsaid",
                "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
                f"T5\tCue {at('reportedly')}\treportedly",
                f"T6\tAttribution-no-source {at('reportedly')}\treportedly",
                f"T7\tContent {at('The plant')};{at('closed in June')}\tThe plant closed in June",
                "E2\tAttribution-no-source:T6 Cue:T5 Content:T7",
                f"T8\tSource {at('Rivals')}\tRivals",
                f"T9\tCue {at('dismissed')}\tdismissed",
                f"T10\tContent {at(SPLIT)}\tthe",
                "plan",
                f"T11\tContent {at('as a stunt')}\tas a stunt",
                f"T12\tAttribution {at('dismissed')}\tdismissed",
                "E3\tAttribution:T12 Source:T8 Cue:T9 Content:T10 Content2:T11",
                f"T13\tDiscuss {at('Rivals')}\tRivals",
                "#1\tAnnotatorNotes T13\tcheck this",
            ]
        )
        + "\n"
    )


def make_corpus(root: Path, second: str | None = None) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_text(TEXT, encoding="utf-8", newline="")
    (root / "attributions" / "story_bbbb.ann").write_text(ann_lines(), encoding="utf-8")
    other = f"T1\tCue {at('said')}\tsaid\nT2\tContent {at('“We will win,”')}\t“We will win,”\nE1\tCue:T1 Content:T2\n"
    (root / "attributions" / "story_aaaa.ann").write_text(second or other, encoding="utf-8")
    (root / "metadata.tsv").write_text("compartment\tfilename\tannotators\ntrain\tstory\tbbbb|aaaa\n", encoding="utf-8")
    return root


def test_reads_discontinuous_multiline_no_source_and_content2(tmp_path: Path) -> None:
    [doc] = read_brat(make_corpus(tmp_path))  # metadata lists bbbb first
    a1, a2, a3 = doc.attributions
    assert [c.of(TEXT) for c in a1.contents] == ["“We will win,”", "“and we will win big.”"]
    assert a1.kind is Kind.DIRECT and [s.of(TEXT) for s in a1.sources] == ["Mayor Ada Quinn"]
    assert a2.sources == () and a2.cues[0].of(TEXT) == "reportedly"
    assert [c.of(TEXT) for c in a3.contents] == ["the\nplan", "as a stunt"]  # surface ran over a line break
    assert len(doc.attributions) == 3


def test_annotator_choice(tmp_path: Path) -> None:
    root = make_corpus(tmp_path)
    assert len(read_brat(root, annotator="aaaa")[0].attributions) == 1
    docs = read_brat(root, annotator="all")
    assert sorted(str(d.id) for d in docs) == ["story_aaaa", "story_bbbb"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("T1\tCue 5 3\tx", "empty or reversed"),
        ("T1\tCue 5 9999\tx", "past the end"),
        ("T1\tQuote 0 3\tx", "unknown label"),
        ("T1\tCue 0 x\tx", "bad offsets"),
        ("T1\tCue 0 3\tzzz", "does not match"),
        ("E1\tAttribution:T9 Cue:T8", "undefined annotation"),
        ("E1\tAttribution T9", "broken relation"),
        ("E1\tSpeaker:T1", "unknown relation role"),
    ],
)
def test_malformed_annotation_names_file_and_line(line: str, message: str) -> None:
    with pytest.raises(AnnotationError, match=rf"^bad\.ann:2: .*{message}"):
        parse_ann("T99\tCue 0 1\t“\n" + line + "\n", TEXT, "bad.ann")


def test_cli_reports_a_malformed_file_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_corpus(tmp_path)
    (root / "attributions" / "story_bbbb.ann").write_text("T1\tCue 0 99999\tx\n", encoding="utf-8")
    code = main(["convert", str(root), str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and "story_bbbb.ann:1:" in err and "Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()


def test_write_then_read_back(tmp_path: Path) -> None:
    [doc] = read_brat(make_corpus(tmp_path / "in"))
    again = parse_ann(to_ann(doc), TEXT, "x.ann")
    assert [(a.sources, a.cues, a.contents) for a in again.attributions] == [
        (a.sources, a.cues, a.contents) for a in doc.attributions
    ]
    assert again.attributions[0].contents[0] == Span(0, len("“We will win,”"))


def test_ids_that_are_not_file_names_stay_inside_and_round_trip(tmp_path: Path) -> None:
    from claims.formats.brat import read_brat, write_brat
    from claims.io import safe_names
    from claims.types import Analysis

    hostile = ["../../../x", "/etc/passwd", "a/b", "dup", "dup", "x" * 5000, "Case", "case", None, "a", "a_b"]
    docs = [Analysis(f"Article number {i}.", id=h) for i, h in enumerate(hostile)]
    out = tmp_path / "out"
    write_brat(out, docs)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert all((p.parts[0] == "out" and len(p.parts) == 3) or p == Path("out/ids.tsv") for p in written)
    assert len(list((out / "text").iterdir())) == len(docs)  # one file pair per article, none overwritten
    back = read_brat(out)
    assert sorted((d.id or "", d.text) for d in back) == sorted(
        (h if h is not None else n, d.text) for h, n, d in zip(hostile, safe_names(hostile), docs, strict=True)
    )
    assert all(len(n) < 100 and "/" not in n and not n.startswith(".") for n in safe_names(hostile))
    assert safe_names(["story-1", "story-2"]) == ["story-1", "story-2"]  # plain ids are kept as they are


@pytest.mark.parametrize(
    "dup", ["T1\tCue 4 8\tsaid\nT1\tContent 9 11\thi\n", "T1\tCue 4 8\tsaid\nE1\tCue:T1\nE1\tCue:T1\n"]
)
def test_a_duplicate_brat_id_is_an_error_not_a_silent_replacement(dup: str) -> None:
    with pytest.raises(AnnotationError, match="defined twice"):
        parse_ann(dup, "Ann said hi.")
