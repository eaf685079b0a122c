namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>Schema version 6: the full-text index over title and body, and the index of the posts behind a trend point.</summary>
internal static class SearchSchema
{
    public const int Version = 6;

    // posts_search is an external-content FTS5 table: it keeps only the index, the text stays in posts, so a post's text
    // is stored once. The triggers keep it in step in the statement that writes the post: an insert adds the post's
    // words; a change of title or body (a refresh that edits it, retention clearing it) takes the old words out and puts
    // the new ones in; an update that leaves both as they were (most refreshes) costs nothing. The porter tokenizer
    // matches "sleeping" to "sleep"; diacritics are folded. The existing posts are indexed here once.
    //
    // ix_posts_listed answers the list of posts behind a trend point (tagged, not crisis, not gone) and its total from
    // the index alone, newest first, as the provider lists do.
    public const string Sql = """
        CREATE VIRTUAL TABLE posts_search USING fts5(
            title, body, content = 'posts', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO posts_search (posts_search) VALUES ('rebuild');

        CREATE TRIGGER posts_search_inserted AFTER INSERT ON posts BEGIN
            INSERT INTO posts_search (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
        END;
        CREATE TRIGGER posts_search_deleted AFTER DELETE ON posts BEGIN
            INSERT INTO posts_search (posts_search, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
        END;
        CREATE TRIGGER posts_search_updated AFTER UPDATE OF title, body ON posts
            WHEN OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body BEGIN
            INSERT INTO posts_search (posts_search, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
            INSERT INTO posts_search (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
        END;

        CREATE INDEX ix_posts_listed ON posts (created_at, topic, source, community, is_crisis, flags)
            WHERE is_crisis = 0 AND flags & 3 = 0;
        """;
}
