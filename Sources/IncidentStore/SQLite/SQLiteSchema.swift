import GeoModel
import GRDB

/// The SQLite store's schema, one migration per version. GRDB's `DatabaseMigrator` records the
/// applied migrations in the database, so opening an old file upgrades it in place.
enum SQLiteSchema {
    /// The migrations this incidentmap knows; a file with more was written by a newer one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: reports, incidents, sources, R*Tree") { db in
            try db.execute(sql: version1)
        }
        migrator.registerMigration("v2: merge lookup index") { db in
            try db.execute(sql: version2)
        }
        migrator.registerMigration("v3: admin2 column") { db in
            try db.execute(sql: version3)
        }
        return migrator
    }

    /// Version 1. The R*Tree holds each incident's point as a degenerate box and is kept in step
    /// with `incidents` by triggers, so that no writer can forget it.
    static let version1 = """
        CREATE TABLE reports (
            key TEXT PRIMARY KEY NOT NULL,          -- SHA-256 of the content, hex
            doc_id TEXT NOT NULL,
            published TEXT,                         -- YYYY-MM-DD
            title TEXT,
            url TEXT,
            source TEXT,
            text TEXT NOT NULL,
            source_count INTEGER NOT NULL,          -- how many source rows this report contributed
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE incidents (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            event_date TEXT,
            time_precision INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            actor1 TEXT,
            actor2 TEXT,
            location TEXT NOT NULL,
            mention TEXT NOT NULL,
            place_id TEXT NOT NULL,
            latitude REAL NOT NULL,
            longitude REAL NOT NULL,
            geo_precision INTEGER NOT NULL,
            admin1 TEXT,
            admin1_code TEXT,
            country TEXT NOT NULL,
            fatalities INTEGER,
            certainty TEXT NOT NULL,
            notes TEXT NOT NULL
        );
        CREATE INDEX incidents_by_id ON incidents(id);
        CREATE INDEX incidents_by_type_and_date ON incidents(sub_event_type, event_date);
        CREATE TABLE incident_sources (
            incident_key INTEGER NOT NULL REFERENCES incidents(key) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            report_key TEXT NOT NULL REFERENCES reports(key),
            doc_id TEXT NOT NULL,
            title TEXT,
            url TEXT,
            published TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (incident_key, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX incident_sources_by_report ON incident_sources(report_key);
        CREATE VIRTUAL TABLE incident_points USING rtree(key, min_lat, max_lat, min_lon, max_lon);
        CREATE TRIGGER incident_points_insert AFTER INSERT ON incidents BEGIN
            INSERT INTO incident_points VALUES (new.key, new.latitude, new.latitude, new.longitude, new.longitude);
        END;
        CREATE TRIGGER incident_points_update AFTER UPDATE OF latitude, longitude ON incidents BEGIN
            UPDATE incident_points SET min_lat = new.latitude, max_lat = new.latitude,
                min_lon = new.longitude, max_lon = new.longitude WHERE key = new.key;
        END;
        CREATE TRIGGER incident_points_delete AFTER DELETE ON incidents BEGIN
            DELETE FROM incident_points WHERE key = old.key;
        END;
        """

    /// Version 2. The merge lookup's index: sub-type and date narrow a million incidents to a few
    /// hundred index entries, and the latitude and longitude in the same entries drop those outside
    /// the search box before any table row is read.
    static let version2 = """
        DROP INDEX incidents_by_type_and_date;
        CREATE INDEX incidents_merge_lookup ON incidents(sub_event_type, event_date, latitude, longitude);
        """

    /// Version 3. The district (`admin2`): incidents stored before it have none.
    static let version3 = """
        ALTER TABLE incidents ADD COLUMN admin2 TEXT;
        """

    /// The columns of an incident row, in insert order, and the matching `json_object` selection
    /// that gives back the record in SPEC.md's JSON form.
    static let incidentColumns = IncidentColumns.names

    /// The row key, the incident columns and the source columns of an incidents-LEFT-JOIN-sources
    /// read (`incidents i`, `incident_sources s`), in `SQLiteIncidentRepository.assemble`'s order.
    static let joinedColumns = "i.key, " + incidentColumns.map { "i.\($0)" }.joined(separator: ", ")
        + #", s.doc_id, s.title, s.url, s.published, s.start, s."end""#

    static let incidentJSON = """
        json_object(\(incidentColumns.map { "'\($0)', i.\($0)" }.joined(separator: ", ")),
            'sources', (SELECT json_group_array(json_object('doc_id', s.doc_id, 'title', s.title, 'url', s.url,
                                                            'published', s.published, 'start', s.start, 'end', s."end"))
                        FROM (SELECT * FROM incident_sources WHERE incident_key = i.key ORDER BY ordinal) AS s))
        """
}
