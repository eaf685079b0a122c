using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class BulkWriterTests() : BulkWriterContract(StoreKind.Sqlite);
