// IncidentCore on PostgreSQL. Two modes:
//
//   dotnet run --project samples/IncidentCore.Samples.PostgreSql
//       runs a few procedures and prints the audit trail (run it twice: the data is still there);
//
//   dotnet run --project samples/IncidentCore.Samples.PostgreSql -- --batch race --count 500 --prefix R1
//       the scale-out batch: onboards clients R1-1..R1-500 and registers users for them, printing one summary line.
//       Start it in several processes against one database and every record is created exactly once: the
//       processes that lose a race get the "duplicate" halt.
//
// The connection string comes from --connection or the INCIDENTCORE_POSTGRES environment variable, for example
//   INCIDENTCORE_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Database=incidentcore"
using IncidentCore.Samples.PostgreSql;

var options = CommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

return options.Batch is null ? await Walkthrough.RunAsync(options) : await RaceBatch.RunAsync(options);
