"""The hand-written variant corpora themselves: these run without the parser and keep the expectations coherent."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, TEXT_SUFFIXES, check_sangong_arithmetic, check_well_formed, document_of, expected_paths, load, name_of,
)

PDF_SUFFIXES = (".pdf",)
# (text corpus, PDF corpus, at least this many text documents, of which refusals, at least this many PDFs)
BATCHES = [
    ("variants", None, 18, 2, 0),
    ("variants2", "variants_pdf", 14, 2, 5),
    ("variants3", "variants3_pdf", 14, 2, 4),
    ("variants4", "variants4_pdf", 14, 2, 4),
]
ALL_EXPECTED = [p for text, pdf, *_ in BATCHES for corpus in (text, pdf) if corpus
                for p in expected_paths(FIXTURES / corpus)]


@pytest.mark.parametrize("text,pdf,texts,refusals,pdfs", BATCHES, ids=[b[0] for b in BATCHES])
def test_each_batch_has_enough_documents_and_refusals(text, pdf, texts, refusals, pdfs):
    expected = [load(p) for p in expected_paths(FIXTURES / text)]
    assert len(expected) >= texts
    assert sum(1 for e in expected if e["parse_error"]) >= refusals
    assert len(expected_paths(FIXTURES / pdf)) >= pdfs if pdf else True


@pytest.mark.parametrize("corpus,suffixes", [(c, TEXT_SUFFIXES) for c, *_ in BATCHES]
                         + [(pdf, PDF_SUFFIXES) for _, pdf, *_ in BATCHES if pdf])
def test_it_pairs_every_document_with_one_expectation(corpus: str, suffixes: tuple[str, ...]) -> None:
    folder = FIXTURES / corpus
    documents = {p.stem for p in folder.iterdir() if p.suffix in suffixes}
    expected = {name_of(p) for p in expected_paths(folder)}
    assert documents == expected, f"documents without expectations: {documents - expected}; " \
                                  f"expectations without documents: {expected - documents}"


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=name_of)
def test_documents_are_utf8_text_or_small_real_pdfs(expected_path: Path) -> None:
    if expected_path.parent.name.endswith("_pdf"):
        data = document_of(expected_path, suffixes=PDF_SUFFIXES).read_bytes()
        assert data.startswith(b"%PDF-") and len(data) < 150_000, f"{expected_path.name}: {len(data)} bytes"
    else:
        document_of(expected_path).read_bytes().decode("utf-8")


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=name_of)
def test_it_keeps_expectations_well_formed(expected_path: Path) -> None:
    check_well_formed(load(expected_path))


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=name_of)
def test_it_keeps_hand_checked_sangong_arithmetic(expected_path: Path) -> None:
    check_sangong_arithmetic(load(expected_path))
