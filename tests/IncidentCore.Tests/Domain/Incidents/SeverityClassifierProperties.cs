using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Tests.Domain.Incidents;

/// <summary>The classifier's properties: any P1 flag gives P1, all false gives P4, and adding a true flag never lowers severity.</summary>
public sealed class SeverityClassifierProperties
{
    private static Arbitrary<bool[]> FlagValues() =>
        Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), SeverityFlags.All.Count).ToArbitrary();

    private static KeyValuePair<string, bool>[] Named(bool[] values) =>
        [.. SeverityFlags.All.Select((f, i) => new KeyValuePair<string, bool>(f.Flag, values[i]))];

    [Property]
    public Property Classify_WhenAnyP1FlagIsTrue_GivesP1() =>
        Prop.ForAll(FlagValues(), Gen.Choose(0, 3).ToArbitrary(), (values, p1) =>
        {
            values[p1] = true;
            return SeverityClassifier.Classify(Named(values)) == Severity.P1;
        });

    [Property]
    public Property Classify_AddingATrueFlag_NeverLowersSeverity() =>
        Prop.ForAll(FlagValues(), Gen.Choose(0, SeverityFlags.All.Count - 1).ToArbitrary(), (values, raised) =>
        {
            var before = SeverityClassifier.Classify(Named(values));
            values[raised] = true;
            return SeverityClassifier.Classify(Named(values)) <= before;
        });

    [Property]
    public Property Classify_IsTheMostSevereOfTheTrueFlagsOrP4() =>
        Prop.ForAll(FlagValues(), values =>
        {
            var expected = SeverityFlags.All.Where((f, i) => values[i]).Select(f => f.Severity).DefaultIfEmpty(Severity.P4).Min();
            return SeverityClassifier.Classify(Named(values)) == expected;
        });

    [Fact]
    public void Classify_WithEveryFlagFalse_GivesP4() =>
        Assert.Equal(Severity.P4, SeverityClassifier.Classify(Named(new bool[SeverityFlags.All.Count])));

    [Theory]
    [InlineData(SeverityFlags.MajorDegradationWithWorkaround, Severity.P2)]
    [InlineData(SeverityFlags.SingleDepartmentOrNonCritical, Severity.P3)]
    [InlineData(SeverityFlags.RegulatorySafetyFinancial, Severity.P1)]
    public void Classify_WithOneTrueFlag_GivesItsSeverity(string flag, Severity expected) =>
        Assert.Equal(expected, SeverityClassifier.Classify([new(flag, true)]));
}
