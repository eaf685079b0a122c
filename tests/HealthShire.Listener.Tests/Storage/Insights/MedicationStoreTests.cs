using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class MedicationStoreTests() : MedicationStoreContract(StoreKind.Sqlite);
