using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports.Incidents;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The infrastructure_components table.</summary>
internal sealed class PostgreSqlComponentRepository(PostgreSqlUnitOfWork work) : IComponentRepository
{
    private const string Select = """
        SELECT component_id, component_name, component_type, environment, product_id, location, port_number, operational_status,
               created_at_ticks, updated_at_ticks, version
        FROM infrastructure_components
        """;

    private const string Insert = """
        INSERT INTO infrastructure_components (component_id, component_name, component_name_key, component_type, environment, product_id,
                                               location, port_number, operational_status, created_at_ticks, updated_at_ticks, version)
        VALUES (@component_id, @component_name, @component_name_key, @component_type, @environment, @product_id,
                @location, @port_number, @operational_status, @created_at_ticks, @updated_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE infrastructure_components
        SET component_name = @component_name, component_name_key = @component_name_key, component_type = @component_type,
            environment = @environment, product_id = @product_id, location = @location, port_number = @port_number,
            operational_status = @operational_status, created_at_ticks = @created_at_ticks, updated_at_ticks = @updated_at_ticks, version = @version
        WHERE component_id = @component_id AND version = @version - 1
        """;

    public ValueTask<InfrastructureComponent?> FindByIdAsync(string componentId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE component_id = @key", componentId, Read, cancellationToken);

    public ValueTask<InfrastructureComponent?> FindByNameAsync(string componentNameKey, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE component_name_key = @key", componentNameKey, Read, cancellationToken);

    public void Add(InfrastructureComponent record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(InfrastructureComponent record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, InfrastructureComponent component, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(component);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@component_id", component.ComponentId);
        p.AddText("@component_name", component.ComponentName);
        p.AddText("@component_name_key", UniqueKeys.ComponentName(component.ProductId, component.ComponentName));
        p.AddText("@component_type", component.ComponentType);
        p.AddText("@environment", component.Environment.ToWireName());
        p.AddText("@product_id", component.ProductId);
        p.AddText("@location", component.Location);
        p.AddInteger("@port_number", component.PortNumber);
        p.AddText("@operational_status", component.OperationalStatus.ToWireName());
        p.AddTicks("@created_at_ticks", component.CreatedAt);
        p.AddTicks("@updated_at_ticks", component.UpdatedAt);
        p.AddBigint("@version", component.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static InfrastructureComponent Read(NpgsqlDataReader reader) => new()
    {
        ComponentId = reader.GetString(0),
        ComponentName = reader.GetString(1),
        ComponentType = reader.GetString(2),
        Environment = ReadEnum(reader, 3, IncidentWireNames.ComponentEnvironment),
        ProductId = ReadNullable(reader, 4),
        Location = ReadNullable(reader, 5),
        PortNumber = ReadNullableInt(reader, 6),
        OperationalStatus = ReadEnum(reader, 7, IncidentWireNames.OperationalStatus),
        CreatedAt = ReadTicks(reader, 8),
        UpdatedAt = ReadTicks(reader, 9),
        Version = reader.GetInt64(10),
    };
}
