using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresBulkWriterTests() : BulkWriterContract(StoreKind.Postgres);
