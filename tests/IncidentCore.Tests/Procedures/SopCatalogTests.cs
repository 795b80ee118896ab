using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Tests.Procedures;

/// <summary>The SOP definitions hosts build schemas from say what the procedures enforce.</summary>
public sealed class SopCatalogTests
{
    [Fact]
    public void Catalog_HasOneDefinitionPerOperation()
    {
        var operations = PolicyNames.Operation.Values.Where(o => o is not (Operation.AuditTrailRead or Operation.IncidentStatusUpdate)).ToList();
        Assert.Equal(operations.OrderBy(o => o), SopCatalog.All.Select(s => s.Operation).OrderBy(o => o));
        foreach (var operation in operations)
        {
            Assert.Equal(operation, SopCatalog.For(operation).Operation);
        }
    }

    [Fact]
    public void VendorRegistration_DescribesItsInputsWithTheirRules()
    {
        var sop = SopCatalog.VendorRegistration;

        Assert.Equal(SopKind.Create, sop.Kind);
        Assert.Equal(["vendor_name", "vendor_type", "vendor_email", "vendor_phone", "status"], sop.Fields.Select(f => f.Name));
        var email = sop.Find("vendor_email")!;
        Assert.Equal("contact_email", email.RecordField);
        Assert.True(email.IsRequired);
        Assert.True(email.IsUnique);
        Assert.Equal(FieldClassification.PersonalData, email.Classification);
        var status = sop.Find("status")!;
        Assert.False(status.IsRequired);
        Assert.Equal("active", status.DefaultValue);
        Assert.Equal(WireNames.VendorStatus.WireNames, status.AllowedValues);
        Assert.Equal(FieldKind.Phone, sop.Find("vendor_phone")!.Kind);
    }

    [Fact]
    public void UserUpdate_DescribesTheEditableFieldsAndWhichMayBeCleared()
    {
        var sop = SopCatalog.UserUpdate;

        Assert.Equal(SopKind.Update, sop.Kind);
        Assert.Equal("user_id", sop.IdField);
        Assert.True(sop.Find("email")!.IsRequired);
        Assert.False(sop.Find("department")!.IsRequired);
        Assert.Equal(EntityType.Client, sop.Find("client_id")!.References);
        Assert.Null(sop.Find("user_id"));
        Assert.Null(sop.Find("created_at"));
    }
}
