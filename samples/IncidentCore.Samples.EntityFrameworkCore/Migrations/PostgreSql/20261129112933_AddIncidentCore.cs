using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IncidentCore.Samples.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddIncidentCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidentcore_audit_entries",
                columns: table => new
                {
                    seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    audit_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    actor_user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    changed_fields = table.Column<string>(type: "text", nullable: false),
                    value_changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_audit_entries", x => x.seq);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_audit_order",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    commits = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_audit_order", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_clients",
                columns: table => new
                {
                    client_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    client_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registration_number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    client_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    industry = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    country = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    contact_email_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    registration_number_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_clients", x => x.client_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_users",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    client_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    vendor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    timezone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    email_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_users", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "incidentcore_vendors",
                columns: table => new
                {
                    vendor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    vendor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    vendor_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    contact_email_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    contact_phone_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    vendor_name_key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidentcore_vendors", x => x.vendor_id);
                });

            migrationBuilder.InsertData(
                table: "incidentcore_audit_order",
                columns: new[] { "id", "commits" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "ix_incidentcore_audit_entries_entity",
                table: "incidentcore_audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_audit_entries_audit_id",
                table: "incidentcore_audit_entries",
                column: "audit_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_clients_contact_email",
                table: "incidentcore_clients",
                column: "contact_email_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_clients_registration_number",
                table: "incidentcore_clients",
                column: "registration_number_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_users_email",
                table: "incidentcore_users",
                column: "email_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_vendors_contact_email",
                table: "incidentcore_vendors",
                column: "contact_email_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_vendors_contact_phone",
                table: "incidentcore_vendors",
                column: "contact_phone_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_incidentcore_vendors_vendor_name",
                table: "incidentcore_vendors",
                column: "vendor_name_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidentcore_audit_entries");

            migrationBuilder.DropTable(
                name: "incidentcore_audit_order");

            migrationBuilder.DropTable(
                name: "incidentcore_clients");

            migrationBuilder.DropTable(
                name: "incidentcore_users");

            migrationBuilder.DropTable(
                name: "incidentcore_vendors");
        }
    }
}
