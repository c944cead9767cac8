/**
 * The few rules the room adds to the site's own stylesheet: the ✓ beside each stored answer, the
 * room panel, and a re-vote that shows the one question being asked again.
 */
export const ROOM_CSS = `
.room-panel > :first-child { margin-top: 0; }
.room-panel { border: 2px solid var(--brand, #1f5f8b); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.room-panel .room-who { display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
.room-panel input { max-width: 16rem; }
.room-mark { font-weight: bold; margin-left: .25rem; }
.room-mark[data-state="stored"] { color: #1d7a3a; }
.room-mark[data-state="pending"] { color: #7a5a00; }
.room-mark[data-state="refused"] { color: #b00020; }
body.room-revote .question:not(.room-revote-question),
body.room-revote .step-nav, body.room-revote .step-indicator, body.room-revote .stage-description,
body.room-revote .finish-bar { display: none; }
body.room-revote .room-revote-question { outline: 3px solid var(--brand, #1f5f8b); outline-offset: 4px; }
`;
