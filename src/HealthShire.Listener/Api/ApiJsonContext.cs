using System.Text.Json;
using System.Text.Json.Serialization;
using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Api.Crisis;
using HealthShire.Listener.Api.Medications;
using HealthShire.Listener.Api.Posts;
using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Api.Status;
using HealthShire.Listener.Api.Trends;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api;

/// <summary>The API's bodies in camelCase; <c>DateOnly</c> is written yyyy-MM-dd.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(TrendsResponse))]
[JsonSerializable(typeof(IReadOnlyList<TrendSeries>))]
[JsonSerializable(typeof(RisingResponse))]
[JsonSerializable(typeof(PostPage))]
[JsonSerializable(typeof(PostsResponse))]
[JsonSerializable(typeof(MedicationsResponse))]
[JsonSerializable(typeof(CrisisResponse))]
[JsonSerializable(typeof(QuestionsResponse))]
[JsonSerializable(typeof(MarkRequest))]
[JsonSerializable(typeof(MarkResponse))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(StatusResponse))]
[JsonSerializable(typeof(CommunitiesResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
