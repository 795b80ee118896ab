using IncidentCore.Domain;
using IncidentCore.Policy;
using Xunit;

namespace IncidentCore.Tests.Domain;

/// <summary>
/// Wire names are looked up by the value's number. A value a host made up by casting (negative, past the last member,
/// or in a gap between members) has no wire name: it is refused, never answered with a neighbour's name.
/// </summary>
public sealed class WireNameTableTests
{
    private enum Sparse
    {
        First = 1,
        Fifth = 5,
    }

    private static readonly WireNameTable<Sparse> SparseNames = new((Sparse.First, "first"), (Sparse.Fifth, "fifth"));

    [Fact]
    public void Every_operation_round_trips_through_its_wire_name()
    {
        foreach (var operation in Operation.Values)
        {
            Assert.True(Operation.TryParse(Operation.ToWireName(operation), out var parsed));
            Assert.Equal(operation, parsed);
            Assert.True(Operation.IsDefined(operation));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void A_value_without_a_member_is_refused(int number)
    {
        var value = (Sparse)number;

        Assert.False(SparseNames.IsDefined(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => SparseNames.ToWireName(value));
    }

    [Fact]
    public void A_value_with_a_member_gets_its_own_name()
    {
        Assert.Equal("first", SparseNames.ToWireName(Sparse.First));
        Assert.Equal("fifth", SparseNames.ToWireName(Sparse.Fifth));
    }

    [Fact]
    public void An_operation_cast_from_a_number_past_the_last_one_is_refused()
    {
        var unknown = (IncidentCore.Policy.Operation)10_000;

        Assert.False(Operation.IsDefined(unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => unknown.ToWireName());
    }

    private static WireNameTable<IncidentCore.Policy.Operation> Operation => PolicyNames.Operation;
}
