namespace IncidentCore.Verification.Tests.Model;

/// <summary>The store or a result disagreed with the model; the message holds the steps that led there.</summary>
public sealed class ModelMismatchException : Exception
{
    public ModelMismatchException()
    {
    }

    public ModelMismatchException(string message)
        : base(message)
    {
    }

    public ModelMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
