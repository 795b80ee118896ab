using IncidentCore.Adapters.InMemory;

namespace IncidentCore.Tests.Adapters;

/// <summary>A seeded in-memory table has room to grow by half before its first resize; an empty one, a first thousand records.</summary>
public sealed class InMemoryTableSizingTests
{
    [Theory]
    [InlineData(0, InMemoryTableSizing.InitialCapacity)]
    [InlineData(100, InMemoryTableSizing.InitialCapacity)]
    [InlineData(1_000, 4_000)]
    [InlineData(1_000_000, 4_000_000)]
    public void A_table_seeded_with_records_has_four_times_their_room(int seeded, int expected) =>
        Assert.Equal(expected, InMemoryTableSizing.For(seeded));

    [Fact]
    public void A_seed_too_large_to_quadruple_gets_the_largest_array_not_an_overflow() =>
        Assert.Equal(Array.MaxLength, InMemoryTableSizing.For(int.MaxValue));
}
