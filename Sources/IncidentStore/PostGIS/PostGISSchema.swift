import Analysis

/// The PostGIS store's schema, one migration per version, recorded in `store_schema`.
///
/// Incidents are keyed by (country, key) and their sources carry the country too, so that
/// Citus can distribute both tables by country and keep each incident beside its sources
/// (see the README). Points are `geometry(Point, 4326)`, generated from the latitude and
/// longitude so that they can never disagree.
enum PostGISSchema {
    /// Migrations in order: `migrations[0]` brings an empty database to version 1.
    static let migrations: [String] = [
        """
        CREATE EXTENSION IF NOT EXISTS postgis;
        CREATE TABLE reports (
            key text PRIMARY KEY,
            doc_id text NOT NULL,
            published date,
            title text,
            url text,
            source text,
            text text NOT NULL,
            source_count integer NOT NULL,
            ingested_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE incidents (
            country text NOT NULL,
            key bigserial NOT NULL,
            id text NOT NULL,
            event_date date,
            time_precision smallint NOT NULL,
            event_type text NOT NULL,
            sub_event_type text NOT NULL,
            actor1 text,
            actor2 text,
            location text NOT NULL,
            mention text NOT NULL,
            place_id text NOT NULL,
            latitude double precision NOT NULL,
            longitude double precision NOT NULL,
            geo_precision smallint NOT NULL,
            admin1 text,
            admin1_code text,
            fatalities integer,
            certainty text NOT NULL,
            notes text NOT NULL,
            geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED,
            PRIMARY KEY (country, key)
        );
        CREATE INDEX incidents_geom ON incidents USING gist (geom);
        CREATE INDEX incidents_geography ON incidents USING gist ((geom::geography));
        CREATE INDEX incidents_by_type_and_date ON incidents (sub_event_type, event_date);
        CREATE INDEX incidents_by_key ON incidents (key);
        CREATE TABLE incident_sources (
            country text NOT NULL,
            incident_key bigint NOT NULL,
            ordinal integer NOT NULL,
            report_key text NOT NULL,
            doc_id text NOT NULL,
            title text,
            url text,
            published date,
            start integer NOT NULL,
            "end" integer NOT NULL,
            PRIMARY KEY (country, incident_key, ordinal),
            FOREIGN KEY (country, incident_key) REFERENCES incidents (country, key) ON DELETE CASCADE
        );
        CREATE INDEX incident_sources_by_report ON incident_sources (report_key);
        """,
        // Version 2: the merge lookup's indexes. Sub-type and date narrow a million incidents to a
        // few hundred index entries, whose latitude and longitude drop those outside the search
        // box before the table is read; province-level incidents (merged by province, not by
        // distance) get a small partial index of their own.
        """
        DROP INDEX incidents_by_type_and_date;
        CREATE INDEX incidents_merge_lookup ON incidents (sub_event_type, event_date, latitude, longitude);
        CREATE INDEX incidents_province_level ON incidents (sub_event_type, (coalesce(admin1_code, '')), event_date)
            WHERE geo_precision = 3;
        """,
        // Version 3: the district (`admin2`); incidents stored before it have none.
        """
        ALTER TABLE incidents ADD COLUMN IF NOT EXISTS admin2 text;
        """,
    ]

    /// The row key, the incident columns and the source columns of an incidents-LEFT-JOIN-sources
    /// read (`incidents i`, `incident_sources s`), in `PostGISIncidentRepository.assemble`'s order;
    /// dates as text and small integers widened, as the assembler reads them.
    static let joinedColumns = """
        i.key, i.id, i.event_date::text, i.time_precision::integer, i.event_type, i.sub_event_type, i.actor1, i.actor2,
        i.location, i.mention, i.place_id, i.latitude, i.longitude, i.geo_precision::integer, i.admin1, i.admin1_code,
        i.admin2, i.country, i.fatalities, i.certainty, i.notes, s.doc_id, s.title, s.url, s.published::text, s.start, s."end"
        """

    /// `json_build_object` giving back an incident row as SPEC.md's JSON record, sources included.
    static let incidentJSON = """
        json_build_object('id', i.id, 'event_date', i.event_date, 'time_precision', i.time_precision,
            'event_type', i.event_type, 'sub_event_type', i.sub_event_type, 'actor1', i.actor1, 'actor2', i.actor2,
            'location', i.location, 'mention', i.mention, 'place_id', i.place_id, 'latitude', i.latitude,
            'longitude', i.longitude, 'geo_precision', i.geo_precision, 'admin1', i.admin1, 'admin1_code', i.admin1_code,
            'admin2', i.admin2, 'country', i.country, 'fatalities', i.fatalities, 'certainty', i.certainty, 'notes', i.notes,
            'sources', (SELECT coalesce(json_agg(json_build_object('doc_id', s.doc_id, 'title', s.title, 'url', s.url,
                                                                   'published', s.published, 'start', s.start, 'end', s."end")
                                                 ORDER BY s.ordinal), '[]'::json)
                        FROM incident_sources s WHERE s.country = i.country AND s.incident_key = i.key))::text
        """

    /// The SQL expressions of a count key's columns, all as text.
    static func groupExpressions(_ key: CountKey) -> [String] {
        switch key {
        case .province: ["i.admin1", "i.admin1_code"]
        // Without district polygons (`count --by district` counts the store's incidents itself):
        // the stored district, and its id when the incident is placed at one.
        case .district: ["i.admin2", "CASE WHEN i.admin2 IS NOT NULL AND i.place_id LIKE 'gb:%' THEN i.place_id END"]
        case .country: ["i.country"]
        case .actor: ["a.actor"]
        case .type: ["i.event_type"]
        case .subtype: ["i.sub_event_type"]
        case .day: ["i.event_date::text"]
        case .week: [#"to_char(i.event_date, 'IYYY-"W"IW')"#]
        case .month: ["to_char(i.event_date, 'YYYY-MM')"]
        }
    }

    /// Counting by actor counts an incident once under each of its distinct actors, or once
    /// under no actor when it has none, as `IncidentCounter` does.
    static let actorJoin = """
        CROSS JOIN LATERAL (
            SELECT DISTINCT x FROM (VALUES (i.actor1), (i.actor2)) AS v(x) WHERE x IS NOT NULL
            UNION ALL SELECT NULL WHERE i.actor1 IS NULL AND i.actor2 IS NULL
        ) AS a(actor)
        """
}
