namespace IncidentCore.Domain.Incidents;

/// <summary>The classification flags a reporter may give instead of a severity, by their wire names.</summary>
public static class SeverityFlags
{
    /// <summary>Complete outage with no workaround (P1).</summary>
    public const string CompleteOutageNoWorkaround = "p1_complete_outage_no_workaround";

    /// <summary>An enterprise client or five or more parties affected (P1).</summary>
    public const string EnterpriseOrFivePlusParties = "p1_enterprise_or_five_plus_parties";

    /// <summary>Regulatory, safety or financial impact (P1).</summary>
    public const string RegulatorySafetyFinancial = "p1_regulatory_safety_financial";

    /// <summary>A contractual P1, or a recurrent incident (P1).</summary>
    public const string ContractualP1OrRecurrent = "p1_contractual_p1_or_recurrent";

    /// <summary>Major degradation with a workaround (P2).</summary>
    public const string MajorDegradationWithWorkaround = "p2_major_degradation_with_workaround";

    /// <summary>Several departments or critical functions affected (P2).</summary>
    public const string MultipleDepartmentsOrCriticalFunctions = "p2_multiple_departments_or_critical_functions";

    /// <summary>A high-priority service level at risk (P2).</summary>
    public const string HighPrioritySlaAtRisk = "p2_high_priority_sla_at_risk";

    /// <summary>One department or a non-critical function affected (P3).</summary>
    public const string SingleDepartmentOrNonCritical = "p3_single_department_or_non_critical";

    /// <summary>Moderate degradation with a minimal workaround (P3).</summary>
    public const string ModerateDegradationMinimalWorkaround = "p3_moderate_degradation_minimal_workaround";

    /// <summary>Every flag, each with the severity it raises an incident to, most severe first.</summary>
    public static IReadOnlyList<(string Flag, Severity Severity)> All { get; } =
    [
        (CompleteOutageNoWorkaround, Severity.P1),
        (EnterpriseOrFivePlusParties, Severity.P1),
        (RegulatorySafetyFinancial, Severity.P1),
        (ContractualP1OrRecurrent, Severity.P1),
        (MajorDegradationWithWorkaround, Severity.P2),
        (MultipleDepartmentsOrCriticalFunctions, Severity.P2),
        (HighPrioritySlaAtRisk, Severity.P2),
        (SingleDepartmentOrNonCritical, Severity.P3),
        (ModerateDegradationMinimalWorkaround, Severity.P3),
    ];

    /// <summary>Tells whether a name is one of the flags.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for a flag's exact wire name.</returns>
    public static bool IsFlag(string name)
    {
        foreach (var (flag, _) in All)
        {
            if (string.Equals(flag, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
