"""The hand-written variant corpora themselves: these run without the parser and keep the expectations coherent.

Every tests/fixtures/variants* folder is discovered, so a new batch is covered here without a new module. Each folder
is parsed by one batch module (tests/parsing/test_<folder>.py, else that of the text folder it was rendered beside);
that module keeps the few facts of its batch as data: KNOWN_GAPS (strict xfails) and GB_DOCUMENTS (documents saved
as GB2312/GBK rather than UTF-8), read here.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from tests.parsing.variant_check import (
    FIXTURES, check_pairs, check_sangong_arithmetic, check_signature, check_well_formed, corpus_folders,
    document_for, expected_paths, load, name_of, suffixes_of,
)

HERE = Path(__file__).resolve().parent
CORPORA = corpus_folders()
# A folder another batch's module parses under a name of its own (variants2 rendered variants_pdf).
PARSED_BY = {"variants_pdf": "test_variants2"}

# (text corpus, PDF corpus, at least this many text documents, of which refusals, at least this many PDFs); later
# batches pin their shape in their own module.
BATCHES = [
    ("variants", None, 18, 2, 0),
    ("variants2", "variants_pdf", 14, 2, 5),
    ("variants3", "variants3_pdf", 14, 2, 4),
    ("variants4", "variants4_pdf", 14, 2, 4),
]


def batch_module_name(folder: Path) -> str:
    name = PARSED_BY.get(folder.name, f"test_{folder.name}")
    return name if (HERE / f"{name}.py").is_file() else f"test_{folder.name.removesuffix('_pdf')}"


def batch_module(folder: Path) -> ModuleType:
    return importlib.import_module(f"tests.parsing.{batch_module_name(folder)}")


def gb_documents(folder: Path) -> set[str]:
    return set(getattr(batch_module(folder), "GB_DOCUMENTS", ()))


def corpus_id(expected_path: Path) -> str:
    return f"{expected_path.parent.name}/{name_of(expected_path)}"


ALL_EXPECTED = [p for folder in CORPORA for p in expected_paths(folder)]
BATCH_MODULES = sorted({batch_module_name(folder) for folder in CORPORA})


def test_it_discovers_every_batch() -> None:
    names = [folder.name for folder in CORPORA]
    assert {"variants", "variants_pdf", "variants5", "variants8_pdf"} <= set(names) and len(names) >= 15
    assert len(ALL_EXPECTED) >= 257


@pytest.mark.parametrize("folder", CORPORA, ids=lambda f: f.name)
def test_every_corpus_folder_has_a_batch_module_that_parses_it(folder: Path) -> None:
    module = batch_module(folder)
    assert any(name.startswith("test_it_parses") for name in dir(module)), f"{module.__name__} parses nothing"


@pytest.mark.parametrize("text,pdf,texts,refusals,pdfs", BATCHES, ids=[b[0] for b in BATCHES])
def test_each_batch_has_enough_documents_and_refusals(text, pdf, texts, refusals, pdfs):
    expected = [load(p) for p in expected_paths(FIXTURES / text)]
    assert len(expected) >= texts
    assert sum(1 for e in expected if e["parse_error"]) >= refusals
    assert len(expected_paths(FIXTURES / pdf)) >= pdfs if pdf else True


@pytest.mark.parametrize("folder", CORPORA, ids=lambda f: f.name)
def test_it_pairs_every_document_with_one_expectation(folder: Path) -> None:
    check_pairs(folder, suffixes_of(folder))


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=corpus_id)
def test_documents_are_what_their_suffix_says_and_small(expected_path: Path) -> None:
    check_signature(document_for(expected_path), gb=name_of(expected_path) in gb_documents(expected_path.parent))


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=corpus_id)
def test_it_keeps_expectations_well_formed(expected_path: Path) -> None:
    check_well_formed(load(expected_path))


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=corpus_id)
def test_it_keeps_hand_checked_sangong_arithmetic(expected_path: Path) -> None:
    check_sangong_arithmetic(load(expected_path))


@pytest.mark.parametrize("module_name", BATCH_MODULES)
def test_known_gaps_and_gb_lists_name_documents_of_their_batch(module_name: str) -> None:
    module = importlib.import_module(f"tests.parsing.{module_name}")
    names = {name_of(p) for folder in CORPORA if batch_module_name(folder) == module_name
             for p in expected_paths(folder)}
    assert set(getattr(module, "KNOWN_GAPS", {})) <= names, "KNOWN_GAPS names a document of another batch"
    assert set(getattr(module, "GB_DOCUMENTS", ())) <= names, "GB_DOCUMENTS names a document of another batch"
