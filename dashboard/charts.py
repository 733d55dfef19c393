"""Plotly figures for the dashboard. Each takes the small frame a query in dashboard.queries
returned (counts, never all rows). One colour per label, from stance.records.LABELS."""

from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from dashboard import views
from stance.records import LABELS, STANCES

# Colours come from the one label table (stance.records.LABELS).
STANCE_COLORS: dict[str, str] = {label.name: label.colour for label in LABELS} | {views.UNLABELLED: "#999999"}
# The nearest Streamlit markdown colours, for highlighted text (`:green-background[...]`).
STANCE_MARKDOWN_COLORS: dict[str, str] = {label.name: label.highlight for label in LABELS} | {views.UNLABELLED: "gray"}
STANCE_CATEGORY = {"stance": list(views.STANCE_ORDER)}


def plain(values) -> pd.Series:
    """Text from articles as Plotly text: Plotly renders a subset of HTML in labels and hover
    text (links, bold, line breaks), so escape &, < and > to show it literally."""
    return pd.Series(values).map(lambda value: html.escape(str(value), quote=False))


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def blank_figure() -> go.Figure:
    """A figure with nothing in it, 10 px high: drawn only to make the browser load Plotly early."""
    fig = go.Figure()
    fig.update_layout(height=10, margin=dict(l=0, r=0, t=0, b=0), xaxis_visible=False, yaxis_visible=False)
    return fig


def _layout(fig: go.Figure, height: int = 360, **kw) -> go.Figure:
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), legend_title_text="stance",
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0), **kw)
    return fig


def _stance_bars(data: pd.DataFrame, category: str, value: str = "count", horizontal: bool = False,
                 hover: str | None = None, unit: str = "voices") -> list[go.Bar]:
    """One bar trace per stance (label order), for stacking. Built with graph_objects: a
    plotly.express figure cost about eight times as much to build, on every filter change."""
    present = list(dict.fromkeys(data["stance"]))
    stances = [s for s in views.STANCE_ORDER if s in present] + [s for s in present if s not in views.STANCE_ORDER]
    value_ref = "%{x}" if horizontal else "%{y}"
    traces = []
    for stance in stances:
        part = data[data["stance"] == stance]
        categories, values = part[category].tolist(), part[value].tolist()
        # showlegend: Plotly hides a lone trace's legend, and then nothing says which stance a colour is.
        bar = dict(name=stance, legendgroup=stance, showlegend=True,
                   marker=dict(color=STANCE_COLORS.get(stance, "#999999")),
                   orientation="h" if horizontal else "v",
                   x=values if horizontal else categories, y=categories if horizontal else values)
        label = "%{hovertext}" if hover else ("%{y}" if horizontal else "%{x}")
        if hover:
            bar["hovertext"] = part[hover].tolist()
        bar["hovertemplate"] = f"<b>{label}</b><br>{stance}: {value_ref} {unit}<extra></extra>"
        traces.append(go.Bar(**bar))
    return traces


def stacked(counts: pd.DataFrame, horizontal: bool = False, axis_title: str = "") -> go.Figure:
    """Stacked bars from stance_by's [key, label, stance, count]: one bar per group, biggest first.
    Labels are shortened for the axis; the full label is in the hover text."""
    data = counts.assign(full=plain(counts["label"].astype(str)).to_numpy())
    # Two groups may share a label (two articles with one title): keep their bars apart by key.
    per_key = data.drop_duplicates("key").set_index("key")["full"].map(_short)
    clash = per_key.duplicated(keep=False)
    data["axis"] = data["key"].map({k: f"{a} ({plain([k]).iloc[0]})" if clash[k] else a for k, a in per_key.items()})
    order = list(dict.fromkeys(data["axis"]))
    fig = go.Figure(_stance_bars(data, "axis", horizontal=horizontal, hover="full"))
    if horizontal:  # the biggest bar on top
        fig.update_yaxes(categoryorder="array", categoryarray=order[::-1], title_text=axis_title)
        fig.update_xaxes(title_text="voices")
        return _layout(fig, height=max(260, 26 * len(order) + 90), barmode="stack")
    fig.update_xaxes(categoryorder="array", categoryarray=order, title_text=axis_title, tickangle=-30)
    fig.update_yaxes(title_text="voices")
    return _layout(fig, barmode="stack")


def stance_by_theme(counts: pd.DataFrame) -> go.Figure:
    """Stacked bars: voices per theme and stance (a voice counts once for each of its themes)."""
    data = counts.assign(theme=plain(counts["theme"]).to_numpy())
    fig = go.Figure(_stance_bars(data, "theme"))
    fig.update_xaxes(categoryorder="array", categoryarray=list(dict.fromkeys(data["theme"])), title_text="")
    fig.update_yaxes(title_text="voices")
    return _layout(fig, barmode="stack")


def share_rows(counts: pd.DataFrame, keys: list[str], include_none: bool) -> pd.DataFrame:
    """`counts` with `count` turned into each stance's share within its `keys` group; `none`
    rows left out of the base (and the bars) unless `include_none`."""
    data = counts if include_none else counts[counts["stance"] != views.NONE_LABEL]
    data = data.copy()
    data["count"] = data["count"] / data.groupby(keys)["count"].transform("sum")
    return data


def over_time(counts: pd.DataFrame, shares: bool, unit: str, include_none: bool = False) -> go.Figure:
    """Stance over time: stacked bars of voices per period (`none` in its grey), or each stance's
    share of the period (`none` left out of the shares unless `include_none`). With a 'group'
    column (split by outlet or speaker), one small panel per group."""
    data = counts.copy()
    keys = ["period"] + (["group"] if "group" in data.columns else [])
    if shares:
        data = share_rows(data, keys, include_none)
    y_title = "share of voices" if shares else "voices"
    if "group" not in data.columns:  # the common case, without plotly.express (see _stance_bars)
        fig = go.Figure(_stance_bars(data, "period", unit="of voices" if shares else "voices"))
        fig.update_yaxes(title_text=y_title, **({"tickformat": ".0%", "range": [0, 1]} if shares else {}))
        fig.update_xaxes(type="date", title_text=unit)
        return _layout(fig, height=300, barmode="stack")
    # Split by outlet or speaker: one panel per group (plotly.express's facets).
    data["group"] = plain(data["group"].astype(str)).map(_short).to_numpy()
    fig = px.bar(data, x="period", y="count", color="stance", color_discrete_map=STANCE_COLORS,
                 labels={"count": y_title, "period": unit, "group": ""}, facet_row="group",
                 category_orders={**STANCE_CATEGORY, "group": list(dict.fromkeys(data["group"]))})
    if shares:
        fig.update_yaxes(tickformat=".0%", range=[0, 1])
    fig.update_xaxes(type="date")
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))
    return _layout(fig, height=300 + 140 * (data["group"].nunique() - 1), barmode="stack")


def sentiment_by_stance(points: pd.DataFrame | None, summary: pd.DataFrame) -> go.Figure:
    """Box plot of VADER sentiment per stance: every voice as a point when `points` is given,
    else boxes drawn from the precomputed quartiles (the figure stays small at any size)."""
    if points is not None:
        data = points.assign(speaker=plain(points["speaker"]).to_numpy())
        fig = px.box(data, x="stance", y="sentiment", color="stance", points="all", hover_data=["speaker"],
                     color_discrete_map=STANCE_COLORS, category_orders=STANCE_CATEGORY)
    else:
        fig = go.Figure([go.Box(name=row.stance, x=[row.stance], q1=[row.q1], median=[row.median], q3=[row.q3],
                                lowerfence=[row.lowerfence], upperfence=[row.upperfence], mean=[row.mean],
                                marker_color=STANCE_COLORS.get(row.stance), boxpoints=False)
                         for row in summary.itertuples()])
    fig.update_yaxes(range=[-1.05, 1.05], title_text="VADER compound (−1 … 1)")
    fig.update_xaxes(title_text="")
    return _layout(fig, showlegend=False)


def shares_side_by_side(split_a: dict[str, int], split_b: dict[str, int], name_a: str, name_b: str,
                        include_none: bool = False) -> go.Figure:
    """Two slices' stance shares as two stacked 100% bars (`none` left out unless `include_none`)."""
    rows = []
    for name, split in ((name_a, split_a), (name_b, split_b)):
        base = views.share_base(split, include_none)
        total = sum(base.values()) or 1
        rows += [{"slice": _short(name), "stance": s, "share": n / total, "voices": n} for s, n in base.items()]
    data = pd.DataFrame(rows)
    data["slice"] = plain(data["slice"]).to_numpy()
    fig = px.bar(data, y="slice", x="share", color="stance", orientation="h", color_discrete_map=STANCE_COLORS,
                 category_orders=STANCE_CATEGORY, hover_data=["voices"], labels={"slice": "", "share": "share of voices"})
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    return _layout(fig, height=220, barmode="stack")


def probabilities(probs: pd.DataFrame) -> go.Figure:
    """Small bar chart of one voice's stance probabilities."""
    fig = px.bar(probs, x="probability", y="stance", orientation="h", color="stance",
                 color_discrete_map=STANCE_COLORS, category_orders={"stance": list(STANCES)},
                 text=probs["probability"].map(lambda p: f"{p:.2f}"), labels={"stance": ""})
    fig.update_xaxes(range=[0, 1])
    return _layout(fig, height=60 + 35 * len(STANCES), showlegend=False)


def contributions(features: pd.DataFrame, stance: str) -> go.Figure:
    """Horizontal bars of the features that pushed one voice toward its label."""
    data = features.iloc[::-1]
    fig = go.Figure(go.Bar(x=data["contribution"], y=plain(data["feature"]), orientation="h",
                           marker_color=STANCE_COLORS.get(stance, STANCE_COLORS[views.UNLABELLED])))
    fig.update_xaxes(title_text=f"pull toward {stance}")
    return _layout(fig, height=max(150, 28 * len(data) + 70), showlegend=False)


def confusion_heatmap(confusion: pd.DataFrame) -> go.Figure:
    """Heatmap of a confusion matrix (rows true, columns predicted) with counts written in."""
    fig = px.imshow(confusion, text_auto=True, color_continuous_scale="Blues", aspect="auto",
                    labels={"x": "predicted", "y": "true", "color": "rows"})
    return _layout(fig, height=320)


def reliability(bins: pd.DataFrame) -> go.Figure:
    """Reliability curve: mean confidence against accuracy per confidence bin (marker area ~
    the bin's quotes), with the diagonal a perfectly calibrated model would follow."""
    fig = go.Figure([
        go.Scatter(x=[0, 1], y=[0, 1], mode="lines", name="perfect calibration",
                   line=dict(color="#999999", dash="dash")),
        go.Scatter(x=bins["confidence"], y=bins["accuracy"], mode="lines+markers", name="model",
                   marker=dict(size=(6 + 18 * (bins["count"] / max(bins["count"].max(), 1)) ** 0.5).tolist(),
                               color="#1f77b4"),
                   customdata=bins[["low", "high", "count"]].to_numpy(),
                   hovertemplate="confidence %{customdata[0]:.1f}–%{customdata[1]:.1f}: %{customdata[2]} quotes<br>"
                                 "mean confidence %{x:.2f}, accuracy %{y:.2f}<extra></extra>"),
    ])
    fig.update_xaxes(range=[0, 1], title_text="mean confidence in the bin")
    fig.update_yaxes(range=[0, 1], title_text="accuracy in the bin")
    _layout(fig, height=340)
    fig.update_layout(legend_title_text="")
    return fig


def coefficients(weights: pd.DataFrame, label: str) -> go.Figure:
    """Horizontal bars of the strongest features toward one label."""
    data = weights.iloc[::-1]
    fig = go.Figure(go.Bar(x=data["weight"], y=plain(data["feature"]), orientation="h",
                           marker_color=STANCE_COLORS.get(label, STANCE_COLORS[views.UNLABELLED])))
    return _layout(fig, height=max(160, 22 * len(data) + 60), showlegend=False)
