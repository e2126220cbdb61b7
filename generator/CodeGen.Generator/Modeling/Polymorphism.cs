using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Derived classes and their bases: the discriminator value a derived class starts with, and the values a base class
/// reads each of its derived classes by.
/// </summary>
internal static class Polymorphism
{
    /// <summary>Gives each base class the discriminator values of its derived classes, however deep, once all are declared.</summary>
    public static void LinkDerivedClasses(DeclaredTypes declared, InheritanceMap inheritance, ModelBudget budget, CancellationToken cancellationToken)
    {
        // One walk up from each derived class lists it under every ancestor it was generated to extend.
        var derivedByBase = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in declared.ClassComponents.OrderBy(id => id, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var visited = new HashSet<string>(StringComparer.Ordinal) { id };
            for (var current = id; declared.ClassOfComponent(current)!.BaseType is not null;)
            {
                current = inheritance.BaseOf(current)!;
                if (!visited.Add(current))
                {
                    break;
                }

                if (!derivedByBase.TryGetValue(current, out var list))
                {
                    derivedByBase[current] = list = new List<string>();
                }

                list.Add(id);
            }
        }

        foreach (var pair in derivedByBase)
        {
            // A derived class that is itself extended reads by its ancestor's discriminator.
            var baseId = pair.Key;
            var owner = inheritance.DiscriminatorOf(baseId) is not null ? baseId : inheritance.DiscriminatingAncestorOf(baseId);
            if (owner is null)
            {
                continue;
            }

            // Every ancestor lists every class below it: a long chain would list quadratically many.
            budget.SpendMembers(pair.Value.Count, SchemaPointers.Component(baseId));
            var seenValues = new HashSet<string>(StringComparer.Ordinal);
            var derived = pair.Value
                .SelectMany(derivedId => inheritance.ValuesFor(owner, derivedId).Where(seenValues.Add).Select(value => new DerivedTypeModel(value, declared.ClassOfComponent(derivedId)!.Type)))
                .ToEquatableArray();
            declared.SetClass(declared.ClassOfComponent(baseId)! with { Polymorphism = new PolymorphismModel(inheritance.DiscriminatorOf(owner)!, derived) });
        }
    }

    /// <summary>A derived class starts with its discriminator value set, when the base declares it as a plain string.</summary>
    public static DiscriminatorDefaultModel? DiscriminatorDefault(string derivedId, ObjectModel baseModel, InheritanceMap inheritance, DeclaredTypes declared)
    {
        if (inheritance.DiscriminatingAncestorOf(derivedId) is not { } ancestor)
        {
            return null;
        }

        var discriminator = inheritance.DiscriminatorOf(ancestor)!;
        return baseModel.Properties.FirstOrDefault(p => p.WireName == discriminator) is { Type.Kind: TypeRefKind.String } property
            ? new DiscriminatorDefaultModel(property.Name, inheritance.ValuesFor(ancestor, derivedId)[0], DeclaringClass(baseModel, property.Name, declared))
            : null;
    }

    /// <summary>The class up the chain from <paramref name="model"/> that declares property <paramref name="name"/> itself (a cref through a derived class does not resolve).</summary>
    private static TypeRef DeclaringClass(ObjectModel model, string name, DeclaredTypes declared)
    {
        var current = model;
        for (var steps = 0; steps < declared.ClassSlotCount && current.Properties.Any(p => p.Name == name && p.IsInherited) && current.BaseType is { } baseType && declared.FindClass(baseType) is { } baseModel; steps++)
        {
            current = baseModel;
        }

        return current.Type;
    }
}
