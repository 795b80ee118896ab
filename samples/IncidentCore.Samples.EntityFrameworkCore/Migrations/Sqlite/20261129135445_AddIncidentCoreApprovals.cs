using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncidentCore.Samples.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddIncidentCoreApprovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidentcore_change_requests",
                columns: table => new
                {
                    change_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    change_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    risk_level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    incident_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    requesting_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    approved_by_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    rejection_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    scheduled_start_time = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    scheduled_end_time = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    actual_start_time = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    actual_end_time = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_change_requests", x => x.change_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_rollback_requests",
                columns: table => new
                {
                    rollback_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    change_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    incident_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    requesting_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    approved_by_user = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    rejection_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_rollback_requests", x => x.rollback_id);
                });

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_rollback_requests_open_change",
                table: "incidentcore_rollback_requests",
                column: "change_id",
                unique: true,
                filter: "\"status\" IN ('requested', 'approved', 'in_progress')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidentcore_change_requests");

            migrationBuilder.DropTable(
                name: "incidentcore_rollback_requests");
        }
    }
}
