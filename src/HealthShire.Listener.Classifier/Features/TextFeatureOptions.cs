namespace HealthShire.Listener.Classifier.Features;

/// <summary>Which hashed features the text featurizer emits; recorded in the model card so scoring matches training.</summary>
/// <param name="CharNgrams">Character 3–5-grams inside words, besides word 1–2-grams.</param>
/// <param name="TitleSpace">Title words a second time in their own hash space, so a title word can weigh differently.</param>
internal sealed record TextFeatureOptions(bool CharNgrams, bool TitleSpace);
