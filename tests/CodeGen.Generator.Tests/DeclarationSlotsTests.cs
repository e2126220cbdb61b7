using System;
using CodeGen.Generator.Modeling;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Generated types keep the order their slots were reserved in, whatever order their models are filled in, and a
/// type still being declared is found as nothing.
/// </summary>
public sealed class DeclarationSlotsTests
{
    [Fact]
    public void A_reserved_slot_is_pending_until_filled_and_models_come_out_in_reservation_order()
    {
        var slots = new DeclarationSlots<string>();
        slots.Reserve("Outer");
        slots.Reserve("Inner");

        slots.Fill("Inner", "inner model");
        Assert.Null(slots.Find("Outer"));
        Assert.Equal("inner model", slots.Find("Inner"));
        Assert.Equal(new[] { "inner model" }, slots.Filled);
        Assert.Equal(2, slots.Count);

        slots.Fill("Outer", "outer model");
        Assert.Equal(new[] { "outer model", "inner model" }, slots.Filled);
    }

    [Fact]
    public void Filling_again_replaces_the_model_in_place_and_reserving_again_keeps_the_first_place()
    {
        var slots = new DeclarationSlots<string>();
        slots.Reserve("Base");
        slots.Reserve("Derived");
        slots.Fill("Base", "base");
        slots.Fill("Derived", "derived");

        slots.Reserve("Base");
        slots.Fill("Base", "base with derived classes");

        Assert.Equal(new[] { "base with derived classes", "derived" }, slots.Filled);
        Assert.Equal(2, slots.Count);
    }

    [Fact]
    public void A_model_without_a_reserved_slot_is_refused()
    {
        var slots = new DeclarationSlots<string>();

        Assert.Throws<InvalidOperationException>(() => slots.Fill("Unreserved", "model"));
        Assert.Null(slots.Find("Unreserved"));
    }
}
