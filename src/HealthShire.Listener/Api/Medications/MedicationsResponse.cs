using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Medications;

/// <summary>The body of <c>GET /api/medications</c>: the latest full week and each medication named in it or the week before.</summary>
internal sealed record MedicationsResponse(DateOnly WeekStart, IReadOnlyList<MedicationWeek> Medications);
