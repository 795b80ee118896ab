namespace IncidentCore.Procedures.Messages;

/// <summary>What is wrong with a free-text value.</summary>
public enum TextProblem
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Empty or white space only.</summary>
    Empty = 1,

    /// <summary>Longer than the field accepts.</summary>
    TooLong = 2,

    /// <summary>Holds a control character or a line break.</summary>
    ControlCharacter = 3,

    /// <summary>Holds an invisible formatting character (zero-width, direction mark).</summary>
    InvisibleCharacter = 4,

    /// <summary>Holds an unassigned, private-use or lone surrogate character.</summary>
    UnassignedCharacter = 5,
}
