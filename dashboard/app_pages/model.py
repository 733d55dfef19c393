"""Model: cross-validated quality of the stance model and its strongest features per label.

Everything shown comes from the loaded model file: the cross-validation report that
`stance train` stored in it, and its coefficients. Nothing is refitted here."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, markup, model_figures, state
from stance.label import explain



def calibration_section(report: dict) -> None:
    """Reliability curve, ECE, temperature and review threshold, from the model file."""
    calibration = report.get("calibration")
    st.subheader("Calibration: can the confidence be trusted?")
    if not calibration:
        st.caption("This model file carries no calibration report.")
        return
    cols = st.columns(4)
    cols[0].metric("ECE", f"{calibration['ece']:.3f}", help="Expected calibration error over 10 confidence bins "
                   "(out-of-fold): the average gap between confidence and accuracy, weighted by the bin's quotes.")
    cols[1].metric("ECE before scaling", f"{calibration['ece_before']:.3f}")
    cols[2].metric("Temperature", f"{model.temperature:.3f}", help="The model's scores are divided by this before "
                   "the softmax; fitted inside cross-validation to make confidence match accuracy.")
    cols[3].metric("Review threshold", f"{model.needs_review_below:.2f}", help="Voices below this confidence are "
                   "flagged `needs_review` (the Quotes page's “To review” queue).")
    left, right = st.columns([3, 2])
    with left:
        st.plotly_chart(charts.reliability(model_figures.reliability_frame(calibration)), key="chart_reliability")
    with right:
        st.caption("Each point is one confidence bin of the out-of-fold predictions: its mean confidence (across) "
                   "and the share of its quotes labelled right (up). On the dashed diagonal, a confidence of 0.8 "
                   "is right 80% of the time; below it the model is overconfident. Larger points hold more quotes.")
        share = calibration.get("share_flagged")
        st.caption(f"The review threshold {model.needs_review_below:.2f} was chosen so that the labels at or above "
                   f"it are right at least {calibration.get('target_precision', 0):.0%} of the time in "
                   "cross-validation" + (f"; it flags {share:.0%} of the training quotes." if share is not None else "."))


def realnews_section(report: dict | None) -> None:
    """The shipped real-news figures (two sets) beside cross-validation, each saying what it measures."""
    st.subheader("On real news, beside cross-validation")
    realnews = model_figures.realnews_scores()
    second = model_figures.realnews_scores(model_figures.REALNEWS_SECOND_FILE)
    if realnews is None:
        st.caption(markup.escape_markdown(f"The library ships no real-news figures ({model_figures.REALNEWS_FILE})."))
    else:
        about = " ".join(markup.escape_markdown(scores.get("about", "")) for scores in (realnews, second) if scores)
        st.caption(f"{about} Cross-validation scores sentences written "
                   "for the training corpus; real news scores quotes from published articles, which are longer, "
                   "hedged and often take no stance: expect the real-news figures to be lower.")
    if any(scores and scores.get("model_sha256") and scores["model_sha256"] != model_sha256()
           for scores in (realnews, second)):
        st.warning("These real-news figures were measured on another model file than the one loaded; rerun "
                   "`python benchmarks/realnews.py --save …` to refresh them.", icon=":material/history:")
    st.dataframe(model_figures.side_by_side(report or {}, realnews, second), hide_index=True,
                 column_config={c: st.column_config.NumberColumn(format="%.3g")
                                for c in ("cross-validation", "real news", "real news (second set)")}
                 | {"what it measures": st.column_config.TextColumn(width="large")})


@st.cache_resource
def model_sha256() -> str:
    import hashlib

    from stance.resources import read_text

    return hashlib.sha256(read_text("stance.label", "model.json").encode("utf-8")).hexdigest()


state.sidebar()
st.title("Model")
model, error = state.load_model()
if model is None:
    st.error(f"The stance model could not be loaded: {markup.escape_markdown(error)}")
    st.stop()

training = model.training
report = model.cv
counts = ", ".join(f"{k}: {v}" for k, v in training.get("label_counts", {}).items())
st.caption(f"Lexicon + VADER + TF-IDF logistic regression, trained on {training.get('n_rows', '?')} labelled quotes "
           f"({markup.escape_markdown(counts)}).")

if report is None:
    st.warning("This model file carries no cross-validation report: retrain it with `stance train` "
               "(which stores one) to see its scores here.")
else:
    st.caption(f"Scores below are {report['n_splits']}-fold stratified cross-validation on that training data "
               f"(out-of-fold predictions pooled, seed {report['seed']}), not on the articles.")
    cols = st.columns(2 + len(report["labels"]))
    cols[0].metric("Macro-F1", f"{report['macro_f1']:.3f}", help="Mean of the per-label F1 scores.")
    cols[1].metric("Accuracy", f"{report['accuracy']:.3f}")
    for col, label in zip(cols[2:], report["labels"]):
        col.metric(f"F1 {label}", f"{report['per_class'][label]['f1']:.3f}")

    left, right = st.columns(2)
    with left:
        st.subheader("Per label")
        st.caption("Precision: of the quotes given this label, the share that had it. Recall: of the quotes with "
                   "this label, the share found. Support: quotes with this label.")
        st.dataframe(explain.per_class_frame(report["per_class"]), hide_index=True,
                     column_config={c: st.column_config.NumberColumn(format="%.3g") for c in ("precision", "recall", "f1")})
    with right:
        st.subheader("Confusion matrix")
        st.caption("Rows: the true label; columns: the model's prediction; cells count training quotes.")
        st.plotly_chart(charts.confusion_heatmap(explain.confusion_frame(report["labels"], report["confusion"])),
                        key="chart_confusion")

    calibration_section(report)
realnews_section(report)

st.subheader("Strongest features per label")
st.caption("Weight = the feature's pull toward the label: its logistic-regression coefficient, centred over the "
           "labels. Lexicon features are the per-label lexicon score (`lex:`) and hit count (`lexcount:`) and the "
           "VADER sentiment scores (`vader:`); n-grams are TF-IDF words and word pairs (`word:`). "
           "Only features pulling toward the label are listed.")
top = explain.top_coefficients(model, n=12)
tabs = st.tabs([label.capitalize() for label in model.classes])
for tab, label in zip(tabs, model.classes):
    with tab:
        parts = st.columns(2)
        for part, (group, title) in zip(parts, (("lexicon", "Lexicon and VADER features"), ("n-gram", "n-grams"))):
            weights = top[(top["label"] == label) & (top["group"] == group)]
            with part:
                st.markdown(f"**{title}**")
                if weights.empty:
                    st.caption("none with a positive weight")
                else:
                    st.plotly_chart(charts.coefficients(weights, label), key=f"coef_{label}_{group}")
