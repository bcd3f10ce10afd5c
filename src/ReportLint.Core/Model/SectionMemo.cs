namespace ReportLint.Model;

/// <summary>
/// A yes or no per section of one model, each worked out once: for a question a rule asks of the sections of many
/// statements ("is this section a plan?", "does its heading say 'before'?"). An array by
/// <see cref="ModelSection.Index"/>, where a dictionary would hash every section and grow.
/// </summary>
public sealed class SectionMemo
{
    private const byte No = 1, Yes = 2;
    private readonly ReportModel _model;
    private readonly byte[] _answers;

    /// <summary>A memo with no answer yet, for the sections of <paramref name="model"/>.</summary>
    public SectionMemo(ReportModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _answers = new byte[model.Sections.Count];
    }

    /// <summary>Whether the section's answer is known, and the answer.</summary>
    public bool TryGet(ModelSection section, out bool answer)
    {
        byte known = _answers[IndexOf(section)];
        answer = known == Yes;
        return known != 0;
    }

    /// <summary>Keeps the section's answer and returns it.</summary>
    public bool Set(ModelSection section, bool answer)
    {
        _answers[IndexOf(section)] = answer ? Yes : No;
        return answer;
    }

    private int IndexOf(ModelSection section)
    {
        if (section is null)
        {
            throw new ArgumentNullException(nameof(section));
        }

        if (section.Index >= _answers.Length || !ReferenceEquals(_model.Sections[section.Index], section))
        {
            throw new ArgumentException("The section is not one of this memo's model.", nameof(section));
        }

        return section.Index;
    }
}
