using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The infrastructure_components table.</summary>
internal sealed class SqliteComponentRepository(SqliteUnitOfWork work) : IComponentRepository
{
    private const string Select = """
        SELECT component_id, component_name, component_type, environment, product_id, location, port_number, operational_status,
               created_at, updated_at, version
        FROM infrastructure_components
        """;

    private const string Insert = """
        INSERT INTO infrastructure_components (component_id, component_name, component_name_key, component_type, environment, product_id,
                                               location, port_number, operational_status, created_at, updated_at, version)
        VALUES (@component_id, @component_name, @component_name_key, @component_type, @environment, @product_id,
                @location, @port_number, @operational_status, @created_at, @updated_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE infrastructure_components
        SET component_name = @component_name, component_name_key = @component_name_key, component_type = @component_type,
            environment = @environment, product_id = @product_id, location = @location, port_number = @port_number,
            operational_status = @operational_status, created_at = @created_at, updated_at = @updated_at, version = @version
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
        p.AddWithValue("@component_id", component.ComponentId);
        p.AddWithValue("@component_name", component.ComponentName);
        p.AddWithValue("@component_name_key", UniqueKeys.ComponentName(component.ProductId, component.ComponentName));
        p.AddWithValue("@component_type", component.ComponentType);
        p.AddWithValue("@environment", component.Environment.ToWireName());
        p.AddWithValue("@product_id", OrNull(component.ProductId));
        p.AddWithValue("@location", OrNull(component.Location));
        p.AddWithValue("@port_number", OrNull(component.PortNumber));
        p.AddWithValue("@operational_status", component.OperationalStatus.ToWireName());
        p.AddWithValue("@created_at", Timestamp(component.CreatedAt));
        p.AddWithValue("@updated_at", Timestamp(component.UpdatedAt));
        p.AddWithValue("@version", component.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static InfrastructureComponent Read(SqliteDataReader reader) => new()
    {
        ComponentId = reader.GetString(0),
        ComponentName = reader.GetString(1),
        ComponentType = reader.GetString(2),
        Environment = ReadEnum(reader, 3, IncidentWireNames.ComponentEnvironment),
        ProductId = ReadNullable(reader, 4),
        Location = ReadNullable(reader, 5),
        PortNumber = ReadNullableInt(reader, 6),
        OperationalStatus = ReadEnum(reader, 7, IncidentWireNames.OperationalStatus),
        CreatedAt = ReadTimestamp(reader, 8),
        UpdatedAt = ReadTimestamp(reader, 9),
        Version = reader.GetInt64(10),
    };
}
