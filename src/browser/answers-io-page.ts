// Lazily loaded bundle: exposes import/export to the results page.
import './page-texts.js';
import { answersIo } from './answers-io.js';

window.digimatIo = answersIo;
