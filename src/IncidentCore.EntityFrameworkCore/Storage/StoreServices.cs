using Microsoft.Extensions.Logging;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>What every unit of work on one context type shares: the error classifier, the unique field map of the model, and the logger.</summary>
internal sealed record StoreServices(IDatabaseErrorClassifier Classifier, UniqueFieldMap Fields, ILogger Logger);
