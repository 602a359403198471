"""The local SQLite store: library, favourites, playlists and history. No Qt."""
