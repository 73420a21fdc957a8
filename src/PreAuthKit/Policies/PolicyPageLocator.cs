using System.Text;
using PreAuthKit.Layout;

namespace PreAuthKit.Policies;

/// <summary>
/// Finds, in a laid-out letter, the page and section where each piece of policy evidence prints:
/// the evidence's anchor text is searched first under its preferred section heading, then anywhere
/// outside the policy table and argument (which quote the evidence themselves). Text is compared
/// without whitespace and case, so line wrapping does not matter; the page is where the anchor starts.
/// </summary>
internal static class PolicyPageLocator
{
    public static IReadOnlyDictionary<PolicyEvidence, EvidenceLocation> Locate(LayoutDocument layout, PolicyEvaluation evaluation)
    {
        var text = new PageText(layout);
        var result = new Dictionary<PolicyEvidence, EvidenceLocation>(ReferenceEqualityComparer.Instance);
        var own = text.Sections.Where(s => s.Title is PolicyEvaluator.TableHeading or PolicyEvaluator.ArgumentHeading).ToList();
        foreach (var evidence in evaluation.Criteria.SelectMany(c => c.Evidence))
        {
            var anchor = PageText.Strip(evidence.Anchor);
            if (anchor.Length == 0)
            {
                continue;
            }

            int? found = null;
            if (evidence.InPolicySection)
            {
                found = own.Where(s => s.Title == PolicyEvaluator.ArgumentHeading).Select(s => text.Find(anchor, s.Start, s.End, [])).FirstOrDefault(i => i is not null);
            }
            else
            {
                if (evidence.PreferredSection is { } preferred)
                {
                    found = text.Sections
                        .Where(s => s.Title.StartsWith(preferred, StringComparison.OrdinalIgnoreCase))
                        .Select(s => text.Find(anchor, s.Start, s.End, own))
                        .FirstOrDefault(i => i is not null);
                }

                found ??= text.Find(anchor, 0, text.Length, own);
            }

            if (found is { } index)
            {
                result[evidence] = new EvidenceLocation(text.PageAt(index), text.SectionAt(index));
            }
        }

        return result;
    }

    /// <summary>Two location maps agree on every evidence item (the layout is stable).</summary>
    public static bool Same(IReadOnlyDictionary<PolicyEvidence, EvidenceLocation> a, IReadOnlyDictionary<PolicyEvidence, EvidenceLocation> b)
        => a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);

    internal sealed record Section(string Title, int Level, int Start, int End);

    /// <summary>The content text of every page in drawing order, whitespace removed, with the page and section of each character.</summary>
    private sealed class PageText
    {
        private readonly string _text;
        private readonly List<int> _pageOf = [];

        public PageText(LayoutDocument layout)
        {
            var builder = new StringBuilder();
            var headingStarts = new List<(OutlineEntry Entry, int Start)>();
            var outline = layout.Outline.ToList();
            var next = 0;
            foreach (var page in layout.Pages)
            {
                foreach (var item in page.Items.OfType<TextItem>())
                {
                    while (next < outline.Count && (outline[next].PageNumber < page.Number || (outline[next].PageNumber == page.Number && item.Baseline >= outline[next].Top - 0.01)))
                    {
                        headingStarts.Add((outline[next], builder.Length));
                        next++;
                    }

                    var stripped = Strip(item.Text);
                    builder.Append(stripped);
                    for (var i = 0; i < stripped.Length; i++)
                    {
                        _pageOf.Add(page.Number);
                    }
                }
            }

            _text = builder.ToString();
            Sections = headingStarts.Select((h, i) =>
            {
                var end = headingStarts.Skip(i + 1).FirstOrDefault(o => o.Entry.Level <= h.Entry.Level);
                return new Section(h.Entry.Title, h.Entry.Level, h.Start, end.Entry is null ? _text.Length : end.Start);
            }).ToList();
        }

        public IReadOnlyList<Section> Sections { get; }

        public int Length => _text.Length;

        public int PageAt(int index) => _pageOf[index];

        /// <summary>The innermost heading before the index.</summary>
        public string SectionAt(int index)
            => Sections.Where(s => s.Start <= index && index < s.End).OrderByDescending(s => s.Start).Select(s => s.Title).FirstOrDefault() ?? "";

        public int? Find(string anchor, int start, int end, IReadOnlyList<Section> excluded)
        {
            var from = start;
            while (from < end)
            {
                var at = _text.IndexOf(anchor, from, end - from, StringComparison.OrdinalIgnoreCase);
                if (at < 0 || at + anchor.Length > end)
                {
                    return null;
                }

                var inside = excluded.FirstOrDefault(s => s.Start <= at && at < s.End);
                if (inside is null)
                {
                    return at;
                }

                from = inside.End;
            }

            return null;
        }

        public static string Strip(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (!char.IsWhiteSpace(c) && c != '\u00AD')
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
