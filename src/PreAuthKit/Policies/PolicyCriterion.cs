namespace PreAuthKit.Policies;

/// <summary>One criterion of a medical policy: its id, the text a clinic quotes, and what satisfies it.</summary>
public sealed class PolicyCriterion
{
    internal PolicyCriterion(string id, string text, PolicyRequirement requirement)
    {
        Id = id;
        Text = text;
        Requirement = requirement;
    }

    /// <summary>The criterion's id, unique in its pack (e.g. <c>C1</c>).</summary>
    public string Id { get; }

    /// <summary>The criterion as the clinic quotes it.</summary>
    public string Text { get; }

    /// <summary>What satisfies it: a group (all/any) of evidence requirements.</summary>
    internal PolicyRequirement Requirement { get; }
}
