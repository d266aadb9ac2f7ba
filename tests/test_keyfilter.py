"""Which link keys the store may hold (tracker/keyfilter.py): never no for a key the store holds,
no for most others once the store's keys are scanned, and a scan no longer than the lookups it
saves."""
from __future__ import annotations

import random

import pytest

from tracker import keyfilter
from tracker.ingest import Batch, ingest
from tracker.keyfilter import KeyFilter
from tracker.pipeline import extract
from tracker.store import EmbeddedStore

from .test_link import ARTICLES, _WORDS, _article, _first_claim, _links, ingest_all


def _keys(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [f"m2{rng.randrange(8)}{rng.getrandbits(72):018x}" for _ in range(n)]


_NEW_WORDS = "北極海の航路は来年から一年中使えるようになり、物流の姿を大きく変える"     # a statement nobody made


def _counting(store) -> list[str]:
    """The keys `store` is asked for from now on, as they are asked."""
    asked: list[str] = []
    lookup = store.subjects_with

    def counted(predicate, values, **kw):
        asked.extend(values)
        return lookup(predicate, values, **kw)

    store.subjects_with = counted
    return asked


class _Stream:
    """A store's stream of keys, as `Backend.values_of` gives it; `fail_at`: raise there."""

    def __init__(self, keys, fail_at: int | None = None):
        self._it, self.complete, self.taken, self.fail_at, self.released = iter(keys), False, 0, fail_at, False

    def __iter__(self):
        return self

    def __next__(self):
        if self.released:
            raise StopIteration
        if self.taken == self.fail_at:
            raise OSError("the store went away")
        try:
            key = next(self._it)
        except StopIteration:
            self.complete = True
            raise
        self.taken += 1
        return key

    def release(self):
        self.released = True


def test_a_key_scanned_or_added_is_never_said_absent_and_most_others_are(monkeypatch):
    monkeypatch.setattr(keyfilter, "_FIRST", 1024)         # so that the filter grows parts
    stored, made, other = _keys(5000, 1), _keys(3000, 2), _keys(20000, 3)
    f = KeyFilter(lambda: [_Stream(stored[:4000]), _Stream(stored[4000:])])
    for k in made[:1000]:
        f.add(k)                          # made before the scan is opened
    f.paid(60.0)
    assert f.ready
    for k in made[1000:]:
        f.add(k)                          # made after
    assert all(f.may_hold(k) for k in stored + made)
    false = sum(f.may_hold(k) for k in other) / len(other)
    assert false < 0.05, false


def test_until_the_scan_is_done_every_key_may_be_held():
    f = KeyFilter(lambda: [_Stream(_keys(10, 1))])
    assert not f.ready and f.may_hold("m20nothing")


def test_the_scan_lasts_no_longer_than_the_lookups_that_paid_for_it():
    opened: list[_Stream] = []
    f = KeyFilter(lambda: opened.append(_Stream(_keys(100_000, 1))) or opened[-1:])
    f.paid(0.0)
    assert not opened                                  # nothing paid: not even opened
    f.paid(1e-9)
    assert opened[0].taken == 64 and not f.ready       # stops at its first look at the clock
    f.paid(1e-9)
    assert opened[0].taken == 64                       # it scanned ahead of what was paid: nothing more yet
    f.paid(120.0)
    assert f.ready


def test_a_scan_the_store_ended_early_is_opened_again_and_none_is_taken_for_done():
    opened: list[_Stream] = []
    stored = _keys(1000, 1)

    def streams():
        opened.append(_Stream(stored))
        return opened[-1:]

    f = KeyFilter(streams)
    f.paid(1e-9)
    opened[0].release()                               # the store closed: the stream ends unfinished
    f.paid(120.0)
    assert not f.ready and len(opened) == 1           # not done; let go, to be opened again
    f.paid(120.0)
    assert f.ready and len(opened) == 2 and all(f.may_hold(k) for k in stored)


def test_an_error_while_scanning_turns_the_filter_off_for_good():
    stored = _keys(1000, 1)
    f = KeyFilter(lambda: [_Stream(stored, fail_at=500)])
    with pytest.raises(OSError):
        f.paid(120.0)
    f.paid(120.0)
    assert not f.ready and all(f.may_hold(k) for k in _keys(100, 9))


def test_a_store_that_cannot_be_scanned_is_always_asked():
    f = KeyFilter(lambda: None)
    f.paid(1.0)
    assert not f.ready and f.may_hold("m20anything")


def test_a_store_closed_while_its_keys_are_half_scanned_opens_again(tmp_path):
    """The scan's iterator holds the database's files: the store lets it go when it closes, and a
    batch when it finishes, so that the next writer (this process or another) can open it."""
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        ingest_all(store, ARTICLES)                       # more keys than a scan reads before its first look at the clock
    for finish in (False, True):
        store = EmbeddedStore(tmp_path / "store", write=True)
        batch = Batch(store)
        batch.linker.keys.paid(1e-9)                      # opened, a few keys read
        assert not batch.linker.keys.ready
        if finish:
            batch.finish()
        store.close()                                     # the batch, its linker and the scan still live
        with EmbeddedStore(tmp_path / "store", write=True) as again:
            assert again.graphs()
        batch.linker.keys.paid(120.0)                     # what the closed store ended is not taken for done
        assert not batch.linker.keys.ready


def test_only_the_store_s_one_writer_streams_its_keys(tmp_path):
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        ingest_all(store, [_article(tmp_path, "a0", "プーチン大統領")])
    with EmbeddedStore(tmp_path / "store") as reader:
        assert reader.values_of("https://w3id.org/claim-tracker/ns#minhashBand") is None
    with EmbeddedStore(tmp_path / "store", write=True) as writer:
        keys = list(writer.values_of("https://w3id.org/claim-tracker/ns#minhashBand"))
        assert len(keys) == 9 and all(k.startswith("m2") for k in keys)


@pytest.mark.slow
def test_linking_asks_the_store_only_for_keys_it_may_hold_and_still_finds_every_carrier(tmp_path):
    """A second run links to what the first stored. The filter, once the first lookups have paid
    for its scan, lets the keys the store holds through and keeps those of a new statement from
    being asked; a reworded carrier of that new statement, linked after it was written, is found
    by the keys this run made; and a third run finds the first's by the scan."""
    new_words = _NEW_WORDS
    paths = [_article(tmp_path, "a0", "プーチン大統領"),
             _article(tmp_path, "a1", "ザハロワ報道官"),                          # the same words, another speaker
             _article(tmp_path, "a2", "ラブロフ外相", new_words),                 # a statement nobody made
             _article(tmp_path, "a3", "ラブロフ外相", new_words.replace("大きく", "")),
             _article(tmp_path, "a4", "プーチン大統領", _WORDS.replace("むしろ", ""))]
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        ingest_all(store, paths[:1])
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        store.writes_aside = False
        asked = _counting(store)
        batch = Batch(store, max_quads=1)                 # each article written before the next is linked
        batch.add(extract(str(paths[1])))
        assert batch.linker.keys.ready                    # a small store: the first lookups paid for its scan
        before = len(asked)
        batch.add(extract(str(paths[2])))
        assert len(asked) - before <= 1                   # the keys of words nobody said: a false positive at most
        batch.add(extract(str(paths[3])))
        batch.finish()
        batch = Batch(store)
        batch.add(extract(str(paths[4])))
        batch.finish()
        claim = {p.stem: _first_claim(store, p) for p in paths}
        assert _links(store) == {claim["a3"]: [claim["a2"]], claim["a4"]: [claim["a0"]]}


def test_a_key_another_linker_of_the_store_made_is_not_kept_from_lookups(tmp_path):
    """Linkers of one store share its filter: a statement one ingest wrote after another's filter
    was built is still found by the other's next article."""
    new_words = _NEW_WORDS
    paths = [_article(tmp_path, "a0", "プーチン大統領"),
             _article(tmp_path, "a1", "ザハロワ報道官"),
             _article(tmp_path, "a2", "ラブロフ外相", new_words),
             _article(tmp_path, "a3", "ラブロフ外相", new_words.replace("大きく", ""))]
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        ingest_all(store, paths[:1])
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        store.writes_aside = False
        batch = Batch(store, max_quads=1)
        batch.add(extract(str(paths[1])))
        assert batch.linker.keys.ready
        ingest(store, extract(str(paths[2])))              # a linker of its own
        batch.add(extract(str(paths[3])))
        batch.finish()
        claim = {p.stem: _first_claim(store, p) for p in paths}
        assert _links(store) == {claim["a3"]: [claim["a2"]]}


def test_a_key_waiting_to_be_written_is_not_asked_of_the_store_and_once_written_is(tmp_path):
    """The filter learns a key when the store holds it (the batch that carries it is written),
    not when linking makes it: a carrier of a statement whose batch is still being written
    finds its reference waiting, without asking the store; a carrier in a batch linked after that
    write asks the store, and finds it."""
    new_words = _NEW_WORDS
    paths = [_article(tmp_path, "a0", "プーチン大統領"),
             _article(tmp_path, "a1", "ザハロワ報道官"),                          # the same words, another speaker
             _article(tmp_path, "a2", "ラブロフ外相", new_words),                 # a statement nobody made
             _article(tmp_path, "a3", "ラブロフ外相", new_words.replace("大きく", "")),
             _article(tmp_path, "a4", "ラブロフ外相", new_words)]                 # the same words, later
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        ingest_all(store, paths[:1])
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        assert store.writes_aside                          # each batch written while the next is linked
        asked = _counting(store)
        batch = Batch(store, max_quads=1)                 # a batch an article
        batch.add(extract(str(paths[1])))
        assert batch.linker.keys.ready                    # its first lookups paid for the scan
        batch.add(extract(str(paths[2])))                 # linked while a1 is written; a1's write then waited for
        before = len(asked)
        batch.add(extract(str(paths[3])))                 # linked while a2 is written
        middle = len(asked)
        batch.finish()
        batch = Batch(store)
        batch.add(extract(str(paths[4])))
        batch.finish()
        claim = {p.stem: _first_claim(store, p) for p in paths}
        made = {row["k"]["value"] for row in store.select(
            f"SELECT ?k WHERE {{ <{claim['a2']}> <https://w3id.org/claim-tracker/ns#minhashBand> ?k }}").rows}
        assert len(made) == 9
        assert not made & set(asked[before:middle])       # a3 found a2's keys waiting, not in the store
        assert made & set(asked[middle:])                 # a4, after a2 was written: asked of the store
        assert _links(store) == {claim["a3"]: [claim["a2"]], claim["a4"]: [claim["a2"]]}


def test_a_key_one_linker_wrote_aside_is_asked_by_another_before_the_first_settles(tmp_path):
    """A batch written aside is the store's as soon as the write ends, though its linker learns
    so only when the batch is settled: another linker of the store must ask for its keys before
    then (each linker knows only its own batches)."""
    import time

    from tracker.graph import graph_iri

    paths = [_article(tmp_path, "a0", "プーチン大統領"),
             _article(tmp_path, "a1", "ラブロフ外相", _NEW_WORDS),
             _article(tmp_path, "a2", "ラブロフ外相", _NEW_WORDS.replace("大きく", ""))]
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        ingest_all(store, paths[:1])
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first, second = Batch(store), Batch(store)
        ex = extract(str(paths[1]))
        first.add(ex)
        assert first.linker.keys.ready
        first.flush()                                      # written aside, not yet settled
        deadline = time.monotonic() + 60
        while not store.graph_exists(str(graph_iri(ex.article.sha256))) and time.monotonic() < deadline:
            time.sleep(0.05)
        second.add(extract(str(paths[2])))
        second.finish()
        first.finish()
        claim = {p.stem: _first_claim(store, p) for p in paths}
        assert _links(store) == {claim["a2"]: [claim["a1"]]}


def test_the_table_of_keys_waiting_to_be_written_stays_bounded_and_never_keeps_a_key_from_another(monkeypatch):
    """Keys a linker made that the store cannot hold wait under its name until it settles; one
    that never settles (a batch abandoned) cannot grow the table past its cap, and a key two made
    leaves it when either settles. None of it keeps a key from another linker's lookups."""
    monkeypatch.setattr(keyfilter, "_MAX_WAITING", 100)
    f = KeyFilter(lambda: [])
    f.paid(1.0)                              # an empty store, scanned at once
    assert f.ready
    abandoned = _keys(250, 1)
    for key in abandoned:                    # linker 1 never settles
        f.made(key, 1)
    assert len(f._waiting) <= 100
    assert f.which_may_hold(abandoned, 2) == abandoned      # every one asked by another linker
    assert set(f.which_may_hold(abandoned, 1)) >= set(abandoned[:150])  # those the cap let go: asked again
    shared = _keys(10, 2)
    for key in shared:
        f.made(key, 3)
        f.made(key, 4)
    assert f.which_may_hold(shared, 3) == shared == f.which_may_hold(shared, 4)
    f.settled(shared, 3)
    assert not set(shared) & f._waiting.keys()
    assert f.which_may_hold(shared, 4) == shared
