export { UNIT_STATUS_COLOURS as STATUS_COLOURS } from '@estate/web-shared/unit-status-colours';
