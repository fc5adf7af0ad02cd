import ArgumentParser

/// The `incidentmap` command: news reports in, mapped and counted incidents out.
@main
struct IncidentMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidentmap",
        abstract: "Turn conflict news reports into mapped, counted incidents.",
        subcommands: [MapCommand.self, ExtractCommand.self, GeocodeCommand.self, QueryCommand.self, CountCommand.self,
                      GazetteerCommand.self, ExportCommand.self, PlacesCommand.self, IngestCommand.self]
    )
}
