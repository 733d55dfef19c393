"""Plotly figures for the dashboard. Each takes a DataFrame and returns a figure; the counting
is done by `dashboard.views`. One colour map for the stances, used by every chart."""

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


def plain(values: pd.Series) -> pd.Series:
    """Text from articles as Plotly text: Plotly renders a subset of HTML in labels and hover
    text (links, bold, line breaks), so escape &, < and > to show it literally."""
    return values.map(lambda value: html.escape(str(value), quote=False))


def _layout(fig: go.Figure, height: int = 360, **kw) -> go.Figure:
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), legend_title_text="stance",
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0), **kw)
    return fig


def stance_by_article(records: pd.DataFrame, labels: dict[str, str] | None = None, top: int = 30) -> go.Figure:
    """Stacked bars: voices per article (the `top` articles with most voices), split by stance."""
    data = views.stance_by(records, "article", top=top)
    if labels:
        data = data.assign(article=data["article"].map(lambda a: labels.get(a, a)))
    data = data.assign(article=plain(data["article"]))
    fig = px.bar(data, x="article", y="count", color="stance", color_discrete_map=STANCE_COLORS,
                 category_orders={**STANCE_CATEGORY, "article": list(dict.fromkeys(data["article"]))},
                 labels={"count": "voices", "article": ""})
    fig.update_xaxes(tickangle=-30)
    return _layout(fig, barmode="stack")


def stance_by_speaker(records: pd.DataFrame, top: int = 15) -> go.Figure:
    """Horizontal stacked bars: the `top` speakers with most voices, split by stance."""
    data = views.stance_by(records, "speaker", top=top)
    data = data.assign(speaker=plain(data["speaker"]))
    order = list(dict.fromkeys(data["speaker"]))
    fig = px.bar(data, y="speaker", x="count", color="stance", orientation="h",
                 color_discrete_map=STANCE_COLORS,
                 category_orders={**STANCE_CATEGORY, "speaker": order}, labels={"count": "voices", "speaker": ""})
    return _layout(fig, height=max(260, 26 * len(order) + 90), barmode="stack")


def stance_by_theme(records: pd.DataFrame) -> go.Figure:
    """Grouped bars: voices per theme and stance (a voice counts once for each of its themes)."""
    data = views.stance_by(records, "themes")
    data = data.assign(themes=plain(data["themes"]))
    fig = px.bar(data, x="themes", y="count", color="stance", color_discrete_map=STANCE_COLORS,
                 category_orders=STANCE_CATEGORY, labels={"count": "voices", "themes": ""})
    return _layout(fig, barmode="stack")


def sentiment_by_stance(records: pd.DataFrame, max_points: int = 2000) -> go.Figure:
    """Box plot of VADER sentiment per stance: every voice as a point when there are at most
    `max_points`, else boxes drawn from precomputed quartiles (the figure stays small)."""
    if len(records) <= max_points:
        data = views.sentiment_by_stance(records)
        data = data.assign(speaker=plain(data["speaker"]))
        fig = px.box(data, x="stance", y="sentiment", color="stance", points="all", hover_data=["speaker"],
                     color_discrete_map=STANCE_COLORS, category_orders=STANCE_CATEGORY)
    else:
        summary = views.sentiment_summary(records)
        fig = go.Figure([go.Box(name=row.stance, x=[row.stance], q1=[row.q1], median=[row.median], q3=[row.q3],
                                lowerfence=[row.lowerfence], upperfence=[row.upperfence], mean=[row.mean],
                                marker_color=STANCE_COLORS.get(row.stance), boxpoints=False)
                         for row in summary.itertuples()])
    fig.update_yaxes(range=[-1.05, 1.05], title_text="VADER compound (−1 … 1)")
    fig.update_xaxes(title_text="")
    return _layout(fig, showlegend=False)


def probabilities(probs: pd.DataFrame) -> go.Figure:
    """Small bar chart of one voice's three stance probabilities."""
    fig = px.bar(probs, x="probability", y="stance", orientation="h", color="stance",
                 color_discrete_map=STANCE_COLORS, category_orders={"stance": list(STANCES)},
                 text=probs["probability"].map(lambda p: f"{p:.2f}"), labels={"stance": ""})
    fig.update_xaxes(range=[0, 1])
    return _layout(fig, height=170, showlegend=False)


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


def coefficients(weights: pd.DataFrame, label: str) -> go.Figure:
    """Horizontal bars of the strongest features toward one label."""
    data = weights.iloc[::-1]
    fig = go.Figure(go.Bar(x=data["weight"], y=plain(data["feature"]), orientation="h",
                           marker_color=STANCE_COLORS.get(label, STANCE_COLORS[views.UNLABELLED])))
    return _layout(fig, height=max(160, 22 * len(data) + 60), showlegend=False)
