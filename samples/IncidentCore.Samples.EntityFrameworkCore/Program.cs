// A host that keeps its data with Entity Framework Core and adds IncidentCore to its own context. Two modes:
//
//   dotnet run --project samples/IncidentCore.Samples.EntityFrameworkCore
//       applies the migrations (SQLite, incidents-efcore.db), saves a ticket of the host's own, runs two procedures
//       and prints the audit trail and the outbox (run it twice: the data is still there);
//
//   dotnet run --project samples/IncidentCore.Samples.EntityFrameworkCore -- --provider postgresql --batch race --count 500
//       the scale-out batch: start it in several processes against one PostgreSQL database and every record is
//       created exactly once; the processes that lose a race get the "duplicate" halt.
using IncidentCore.Samples.EntityFrameworkCore;

var options = CommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

return options.Batch is null ? await Walkthrough.RunAsync(options) : await RaceBatch.RunAsync(options);
