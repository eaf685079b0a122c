namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>The key of one medication rollup row: a topic rollup key narrowed to the posts naming one medication.</summary>
internal readonly record struct MedicationRollupKey(string Medication, int Day, string Topic, string Source, string Community);
