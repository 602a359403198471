"""Saved playlists are listed in the Library, the last one open comes back, and one plays by name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.adhoc import PLAYLIST_ROUTINE_PREFIX
from desktop.content.library import register_bundled
from desktop.domain import Playlist, PlaylistItem
from desktop.media.fake import FakeBackend
from desktop.paths import data_paths
from desktop.qt.main_window import MainWindow
from desktop.store import Store, open_store


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with open_store(data_paths()) as s:
        register_bundled(s)
        s.playlists.save(
            Playlist(
                id="morning", title="Morning warm-up", items=(PlaylistItem(BUNDLED_ROUTINE_ID, "hips-at-90"),)
            )
        )
        s.playlists.save(Playlist(id="evening", title="Evening", items=(PlaylistItem(BUNDLED_ROUTINE_ID),)))
        yield s


def test_the_library_lists_saved_playlists_and_opens_or_plays_them(
    qtbot, window: MainWindow, fake: FakeBackend, store: Store
) -> None:
    window.set_store(store, data_paths())
    window.library_dock.show()
    listed = window.library.playlist_list
    assert sorted(listed.item(r).text().split("  ·")[0] for r in range(listed.count())) == [
        "Evening",
        "Morning warm-up",
    ]
    row = next(r for r in range(listed.count()) if listed.item(r).text().startswith("Morning"))
    listed.setCurrentRow(row)
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert window.playlists.document.id == "morning" and window.playlist_dock.isVisible()
    qtbot.keyClick(listed, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.session.active and window.routine is not None
    assert window.routine.id == PLAYLIST_ROUTINE_PREFIX + "morning"
    window.session.stop()

    window.playlists.new_playlist(ask_first=False)
    window.playlists.add_items([PlaylistItem(BUNDLED_ROUTINE_ID, "foot-reach")], at=0)
    window.playlists.title_edit.setText("Lunch")
    with qtbot.waitSignal(window.playlists.playlistSaved):
        window.playlists.save()
    assert any(listed.item(r).text().startswith("Lunch") for r in range(listed.count()))


def test_the_last_open_playlist_is_opened_again(qtbot, settings: QSettings, store: Store) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.set_store(store, data_paths())
    assert first.open_saved_playlist("Evening")
    first.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.set_store(store, data_paths())
    assert again.playlists.document.id == "evening"


def test_a_saved_playlist_plays_by_id_or_name(window: MainWindow, fake: FakeBackend, store: Store) -> None:
    window.set_store(store, data_paths())
    assert window.play_saved_playlist("morning warm-up")
    assert window.routine is not None and window.routine.id == PLAYLIST_ROUTINE_PREFIX + "morning"
    window.session.stop()
    assert not window.play_saved_playlist("nothing like it")
    assert 'no saved playlist "nothing like it"' in window.statusBar().currentMessage()
    assert "Morning warm-up" in window.statusBar().currentMessage()
