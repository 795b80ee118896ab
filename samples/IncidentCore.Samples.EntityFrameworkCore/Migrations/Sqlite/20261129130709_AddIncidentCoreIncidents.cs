using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentCore.Samples.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddIncidentCoreIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidentcore_communications",
                columns: table => new
                {
                    communication_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    incident_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sender_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recipient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    recipient_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    communication_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    delivery_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    delivery_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_communications", x => x.communication_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_escalations",
                columns: table => new
                {
                    escalation_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    incident_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    escalated_by_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    escalated_to_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    escalation_level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    escalated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_escalations", x => x.escalation_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_incident_updates",
                columns: table => new
                {
                    seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    update_id = table.Column<string>(type: "TEXT", maxLength: 96, nullable: false),
                    incident_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    updated_by_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    update_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    field_changed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    old_value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    new_value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_incident_updates", x => x.seq);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_incidents",
                columns: table => new
                {
                    incident_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    impact_level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    urgency_level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    component_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reporter_user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    assigned_to_user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    detection_timestamp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    resolution_timestamp = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_incidents", x => x.incident_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_infrastructure_components",
                columns: table => new
                {
                    component_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    component_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    component_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    environment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    product_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    port_number = table.Column<int>(type: "INTEGER", nullable: true),
                    operational_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    component_name_key = table.Column<string>(type: "TEXT", maxLength: 577, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_infrastructure_components", x => x.component_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_post_incident_reviews",
                columns: table => new
                {
                    review_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    incident_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    facilitator_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    scheduled_date = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    overall_rating = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_post_incident_reviews", x => x.review_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_products",
                columns: table => new
                {
                    product_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    product_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    product_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    product_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    support_vendor_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    product_name_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_products", x => x.product_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_incidentcore_communications_incident",
                table: "incidentcore_communications",
                columns: new[] { "incident_id", "communication_id" });

            migrationBuilder.CreateIndex(
                name: "ix_incidentcore_escalations_incident",
                table: "incidentcore_escalations",
                columns: new[] { "incident_id", "escalation_id" });

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_escalations_active_level",
                table: "incidentcore_escalations",
                columns: new[] { "incident_id", "escalation_level" },
                unique: true,
                filter: "\"status\" = 'active'");

            migrationBuilder.CreateIndex(
                name: "ix_incidentcore_incident_updates_incident",
                table: "incidentcore_incident_updates",
                columns: new[] { "incident_id", "seq" });

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_incident_updates_update_id",
                table: "incidentcore_incident_updates",
                column: "update_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_incidentcore_incidents_client",
                table: "incidentcore_incidents",
                columns: new[] { "client_id", "incident_id" });

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_infrastructure_components_component_name",
                table: "incidentcore_infrastructure_components",
                column: "component_name_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_products_product_name",
                table: "incidentcore_products",
                column: "product_name_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidentcore_communications");

            migrationBuilder.DropTable(
                name: "incidentcore_escalations");

            migrationBuilder.DropTable(
                name: "incidentcore_incident_updates");

            migrationBuilder.DropTable(
                name: "incidentcore_incidents");

            migrationBuilder.DropTable(
                name: "incidentcore_infrastructure_components");

            migrationBuilder.DropTable(
                name: "incidentcore_post_incident_reviews");

            migrationBuilder.DropTable(
                name: "incidentcore_products");
        }
    }
}
